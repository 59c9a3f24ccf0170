import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { lastCapture, runCapture } from '@src/background/capture-handlers';
import { listLeads, retryLead, saveLead } from '@src/background/lead-handlers';
import { getStatus } from '@src/background/status-handler';
import { startBackground } from '@src/background';
import { fakeConnector, type FakeConnector } from './fake-connector';
import { unlockedVault, DEV_MODE_UK_BASIS } from './helpers';
import type { LeadInput } from '@src/messaging/protocol';

const input: LeadInput = {
  sourceUrl: 'https://meridian-analytics.co.uk/team',
  person: { name: 'Ada Lovelace', emails: ['ada@meridian-analytics.co.uk'], phones: [], urls: [] },
  provenance: {},
  lawfulBasis: DEV_MODE_UK_BASIS,
};

let fake: FakeConnector;

/** 201 = the connector is up (real app behind a stubbed fetch), 'down' = unreachable. */
function connector(status: number | 'down') {
  fake.mode = status === 201 ? 'up' : status;
}

beforeEach(async () => {
  await unlockedVault();
  fake = await fakeConnector();
});
afterEach(() => vi.unstubAllGlobals());

describe('lead handlers', () => {
  it('saves a lead, delivers it, and lists it as delivered', async () => {
    connector(201);
    const saved = await saveLead({ type: 'leads.save', lead: input });
    expect(saved.delivery).toMatchObject({ state: 'delivered', attempts: 1 });
    expect(await listLeads()).toEqual([saved]);
  });

  it('keeps the lead when the connector is down, then delivers it on retry', async () => {
    connector('down');
    const saved = await saveLead({ type: 'leads.save', lead: input });
    expect(saved.delivery).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastError: 'Connector unreachable',
    });
    // Not disclosed yet: the notice is due one month after capture.
    expect(saved.notice?.firstDisclosureAt).toBeUndefined();
    expect(Date.parse(saved.notice?.dueAt ?? '')).toBeGreaterThan(Date.now() + 20 * 86_400_000);
    connector(201);
    const retried = await retryLead({ type: 'leads.retry', id: saved.id });
    expect(retried.delivery).toMatchObject({ state: 'delivered', attempts: 2 });
    // Delivery to the CRM is the first disclosure: the notice is due by then at the latest.
    const deliveredAt = retried.delivery.deliveredAt ?? '';
    expect(retried.notice?.firstDisclosureAt).toBe(deliveredAt);
    expect(retried.notice?.dueAt).toBe(deliveredAt);
    expect(retried.notice?.trigger).toBe('first-disclosure');
    expect(await listLeads()).toHaveLength(1);
  });

  it('refuses a lead with nothing to identify the person', async () => {
    connector(201);
    await expect(
      saveLead({
        type: 'leads.save',
        lead: { ...input, person: { emails: [], phones: [], urls: [] } },
      }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await listLeads()).toEqual([]);
  });

  it('says clearly when retrying a lead that does not exist', async () => {
    await expect(retryLead({ type: 'leads.retry', id: crypto.randomUUID() })).rejects.toMatchObject(
      { code: 'not_found' },
    );
  });

  it('reports counts and connector health in the status', async () => {
    connector('down');
    await saveLead({ type: 'leads.save', lead: input });
    expect(await getStatus()).toMatchObject({
      connector: 'unreachable',
      leads: { total: 1, failed: 1 },
      refusedMessages: 0,
    });
  });
});

describe('capture handlers', () => {
  beforeEach(() => {
    (browser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn() };
  });

  function pageReturns(result: unknown) {
    vi.mocked(browser.scripting.executeScript).mockResolvedValue([
      { result, frameId: 0, documentId: 'd' },
    ] as never);
  }

  const pageDraft = {
    name: 'Ada Lovelace',
    emails: ['Ada@Meridian-Analytics.co.uk', 'not-an-email'],
    phones: ['020 7946 0958'],
    urls: ['/team/ada', 'javascript:alert(1)'],
    provenance: {
      name: [
        {
          method: 'json-ld',
          locator: 'jsonld[0].name',
          pageUrl: 'https://meridian-analytics.co.uk/team',
          capturedAt: '2026-11-23T10:00:00.000Z',
        },
      ],
    },
  };

  it('injects the page script into the granted tab and normalises what it returns', async () => {
    pageReturns({
      pageUrl: 'https://meridian-analytics.co.uk/team',
      drafts: [pageDraft],
      diagnostics: [],
      pageHints: { lang: 'en-GB', tld: 'uk' },
    });
    const snapshot = await runCapture({ type: 'capture.run', tabId: 7 });
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7 },
      files: ['/page-capture.js'],
    });
    expect(snapshot.drafts).toHaveLength(1);
    expect(snapshot.drafts[0]!.person).toEqual({
      name: 'Ada Lovelace',
      emails: ['ada@meridian-analytics.co.uk'],
      phones: ['+442079460958'],
      urls: ['https://meridian-analytics.co.uk/team/ada'],
    });
    expect(await lastCapture({ type: 'capture.drafts', tabId: 7 })).toEqual(snapshot);
    expect(await lastCapture({ type: 'capture.drafts', tabId: 8 })).toBeNull();
  });

  it('drops malformed drafts from a hostile page and says how many', async () => {
    pageReturns({
      pageUrl: 'https://evil.example/',
      drafts: [
        pageDraft,
        { name: 'x'.repeat(5000), emails: [], phones: [], urls: [], provenance: {} },
        'junk',
      ],
      diagnostics: [],
      pageHints: {},
    });
    const snapshot = await runCapture({ type: 'capture.run', tabId: 3 });
    expect(snapshot.drafts).toHaveLength(1);
    expect(snapshot.diagnostics).toContainEqual({
      code: 'drafts-rejected',
      message: '2 malformed entries were ignored',
    });
  });

  it('refuses an unreadable page result', async () => {
    pageReturns({ drafts: 'nope' });
    await expect(runCapture({ type: 'capture.run', tabId: 3 })).rejects.toMatchObject({
      code: 'capture_failed',
    });
  });

  it('explains how to grant access when injection is refused', async () => {
    vi.mocked(browser.scripting.executeScript).mockRejectedValue(
      new Error('Cannot access contents of the page'),
    );
    await expect(runCapture({ type: 'capture.run', tabId: 3 })).rejects.toThrow(/toolbar button/);
  });
});

describe('background start-up', () => {
  it('registers a message listener that answers trusted senders', async () => {
    connector(201);
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
    startBackground();
    const reply = await new Promise((resolve) => {
      const keepOpen = fakeBrowser.runtime.onMessage.trigger(
        { type: 'leads.list' },
        { id: fakeBrowser.runtime.id },
      );
      void keepOpen.then((results) => resolve(results[0]));
    });
    expect(reply).toEqual({ ok: true, data: [] });
  });
});

describe('delivery as envelopes', () => {
  it('pins the connector key, enrols the device once, and the lead arrives in the connector', async () => {
    const first = await saveLead({ type: 'leads.save', lead: input });
    await saveLead({ type: 'leads.save', lead: input });
    expect(first.delivery.state).toBe('delivered');
    expect(fake.leadCount()).toBe(2);
    expect(fake.requests.filter((r) => r === 'POST /v1/devices')).toHaveLength(1);
    expect(fake.requests.filter((r) => r === 'POST /v1/envelopes')).toHaveLength(2);
    expect(fake.requests).not.toContain('POST /v1/leads');
    const row = fake.db.prepare('SELECT payload FROM leads WHERE id = ?').get(first.id) as {
      payload: string;
    };
    expect(JSON.parse(row.payload)).toMatchObject({ person: { name: 'Ada Lovelace' } });
    const { db } = await import('@src/background/services');
    const pin = (await (await db()).get('meta', 'connector.pinnedKey'))?.value as { kid: string };
    expect(pin.kid).toBe(fake.key.kid);
  });

  it('stops delivery with a clear error when the pinned connector key changes (never re-pins)', async () => {
    await saveLead({ type: 'leads.save', lead: input });
    fake = await fakeConnector(); // same address, new key
    const saved = await saveLead({ type: 'leads.save', lead: input });
    expect(saved.delivery).toMatchObject({ state: 'failed' });
    expect(saved.delivery.lastError).toContain('key changed');
    expect(fake.leadCount()).toBe(0);
    const retried = await retryLead({ type: 'leads.retry', id: saved.id });
    expect(retried.delivery.state).toBe('failed');
  });

  it('enrols again when the connector no longer knows the device', async () => {
    await saveLead({ type: 'leads.save', lead: input });
    fake.db.prepare('DELETE FROM devices').run();
    const saved = await saveLead({ type: 'leads.save', lead: input });
    expect(saved.delivery.state).toBe('delivered');
    expect(fake.requests.filter((r) => r === 'POST /v1/devices')).toHaveLength(2);
  });
});
