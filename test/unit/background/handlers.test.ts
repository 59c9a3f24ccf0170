import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { lastCapture, runCapture } from '@src/background/capture-handlers';
import { listLeads, retryLead, saveLead } from '@src/background/lead-handlers';
import { getStatus } from '@src/background/status-handler';
import { startBackground } from '@src/background';
import { unlockedVault } from './helpers';
import type { LeadInput } from '@src/messaging/protocol';

const input: LeadInput = {
  sourceUrl: 'https://meridian-analytics.co.uk/team',
  person: { name: 'Ada Lovelace', emails: ['ada@meridian-analytics.co.uk'], phones: [], urls: [] },
  provenance: {},
};

function connector(status: number | 'down') {
  const fetchMock = vi.fn((url: string) => {
    if (status === 'down') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(
      new Response(url.endsWith('/healthz') ? '{"status":"ok"}' : '{}', { status }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

beforeEach(() => unlockedVault());
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
    connector(201);
    const retried = await retryLead({ type: 'leads.retry', id: saved.id });
    expect(retried.delivery).toMatchObject({ state: 'delivered', attempts: 2 });
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
