// The suppression list fed from the policy and the connector: keyed hashes made with the policy's
// organisation key; suppressed people are never offered for review, saved or sent, with one
// value-free audit event; the connector part refreshes without ever shrinking on a failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { verifyAudit } from '@src/background/audit-handlers';
import { runCapture } from '@src/background/capture-handlers';
import { listLeads, previewLead, retryLead, saveLead } from '@src/background/lead-handlers';
import { captureSelection } from '@src/background/selection-capture';
import { auditStore } from '@src/background/services';
import {
  readSuppressionEntries,
  suppressionFor,
  writeSuppressionEntries,
} from '@src/background/suppression-store';
import { refreshSuppressionList, suppressionSources } from '@src/background/suppression-refresh';
import { importSuppressionKey, suppressionEntry, type IdentifierKind } from '@src/consent';
import type { LeadInput } from '@src/messaging/protocol';
import { DEFAULT_POLICY, type Policy } from '@src/policy';
import { freshBackgroundWithConnector, managedPolicy } from './helpers';
import { ACME, EU_LEGITIMATE_INTERESTS } from './acme';

const HASH_KEY = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80';
const LUKAS_EMAIL = 'lukas.weber@nordlicht-robotik.de';

const entry = async (kind: IdentifierKind, value: string) =>
  (await suppressionEntry(kind, value, await importSuppressionKey(HASH_KEY)))!;

async function policyWith(suppression: Partial<Policy['suppression']>): Promise<Policy> {
  const policy: Policy = {
    ...ACME,
    connector: { ...ACME.connector, routing: {} },
    suppression: { ...ACME.suppression, hashKey: HASH_KEY, ...suppression },
  };
  await managedPolicy(policy);
  return policy;
}

const lukas: LeadInput = {
  sourceUrl: 'https://nordlicht-robotik.de/team',
  person: { name: 'Lukas Weber', emails: [LUKAS_EMAIL], phones: [], urls: [], country: 'DE' },
  provenance: {},
  lawfulBasis: EU_LEGITIMATE_INTERESTS,
};

const auditTypes = async () => (await (await auditStore()).list()).map((e) => e.type);

beforeEach(freshBackgroundWithConnector);
afterEach(() => vi.unstubAllGlobals());

describe('suppression from the policy', () => {
  it('refuses to save a person the policy lists, with the plain message and a value-free event', async () => {
    await policyWith({ entries: [await entry('email', 'Lukas.Weber@Nordlicht-Robotik.de')] });
    const preview = await previewLead({ type: 'leads.preview', lead: lukas });
    expect(preview.lawfulBasis?.problems.map((p) => p.code)).toEqual(['suppressed']);
    expect(preview.lawfulBasis?.problems[0]?.message.zh).toContain('无法保存');
    await expect(saveLead({ type: 'leads.save', lead: lukas })).rejects.toMatchObject({
      code: 'blocked',
      message: expect.stringMatching(/asked not to be contacted/) as unknown,
    });
    expect(await listLeads()).toEqual([]);
    const events = await (await auditStore()).list();
    expect(events.filter((e) => e.type === 'suppression_hit')).toHaveLength(1);
    expect(JSON.stringify(events)).not.toMatch(/lukas|weber|hmac/i);
  });

  it('applies no list without the organisation key, and ignores stored entries then', async () => {
    const policy = await policyWith({ hashKey: undefined, listRef: undefined });
    await writeSuppressionEntries([await entry('email', LUKAS_EMAIL)]);
    expect((await suppressionFor(lukas.person, policy)).suppressed).toBe(false);
    expect((await suppressionFor(lukas.person, DEFAULT_POLICY)).suppressed).toBe(false);
    await expect(saveLead({ type: 'leads.save', lead: lukas })).resolves.toBeDefined();
  });

  it('leaves suppressed people out of a capture (pasted or from the page), saying only that', async () => {
    await policyWith({ entries: [await entry('phone', '+49 30 1234 5699')] });
    const snapshot = await captureSelection({
      type: 'capture.selection',
      tabId: 4,
      text: 'Lukas Weber\nEinkauf\nNordlicht Robotik GmbH\n+49 30 1234 5699',
      pageUrl: 'https://nordlicht-robotik.de/kontakt',
    });
    expect(snapshot).toMatchObject({ drafts: [], suppressedLeftOut: true });
    (browser as unknown as { scripting: unknown }).scripting = {
      executeScript: vi.fn(() =>
        Promise.resolve([
          {
            result: {
              pageUrl: 'https://nordlicht-robotik.de/team',
              drafts: [
                {
                  name: 'Jana Becker',
                  emails: [],
                  phones: ['+49 30 1234 5678'],
                  urls: [],
                  provenance: {},
                },
                {
                  name: 'Lukas Weber',
                  emails: [],
                  phones: ['+49 30 1234 5699'],
                  urls: [],
                  provenance: {},
                },
              ],
              diagnostics: [],
              pageHints: {},
            },
          },
        ]),
      ),
    };
    const page = await runCapture({ type: 'capture.run', tabId: 5 });
    expect(page.drafts.map((d) => d.person.name)).toEqual(['Jana Becker']);
    expect(page.suppressedLeftOut).toBe(true);
    expect((await auditTypes()).filter((t) => t === 'suppression_hit')).toHaveLength(2);
    const clean = await captureSelection({
      type: 'capture.selection',
      tabId: 6,
      text: 'Jana Becker\nNordlicht Robotik GmbH\n+49 30 1234 5678',
    });
    expect(clean.suppressedLeftOut).toBeUndefined();
    expect(clean.drafts).toHaveLength(1);
  });
});

describe('suppression before delivery', () => {
  it('holds a saved lead whose person was listed after the save (check before delivery)', async () => {
    await policyWith({});
    const saved = await saveLead({ type: 'leads.save', lead: lukas });
    await writeSuppressionEntries([await entry('email', LUKAS_EMAIL)]);
    const retried = await retryLead({ type: 'leads.retry', id: saved.id });
    expect(retried.delivery).toMatchObject({
      state: 'held',
      lastError: expect.stringMatching(/asked not to be contacted/) as unknown,
    });
    expect((await auditTypes()).filter((t) => t === 'suppression_hit')).toHaveLength(1);
  });
});

describe('suppression from the connector', () => {
  const LIST_URL = 'https://eu.connector.acme.example/v1/suppression';

  function connectorAnswers(...answers: (string[] | number)[]) {
    const fetchMock = vi.fn();
    for (const answer of answers) {
      fetchMock.mockResolvedValueOnce(
        typeof answer === 'number'
          ? new Response('{}', { status: answer })
          : new Response(JSON.stringify({ entries: answer, count: answer.length })),
      );
    }
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  it('names its sources: listRef endpoint id, a list URL (https or this computer), else every endpoint', () => {
    const base = { ...ACME, suppression: { checkBeforeDelivery: true, hashKey: HASH_KEY } };
    const id = Object.keys(ACME.connector.endpoints)[0]!;
    const all = Object.values(ACME.connector.endpoints).map(
      (e) => `${e.url.replace(/\/+$/, '')}/v1/suppression`,
    );
    expect(suppressionSources(base)).toEqual(all);
    const ref = (listRef: string) =>
      suppressionSources({ ...base, suppression: { ...base.suppression, listRef } });
    expect(ref(id)).toEqual([all[0]]);
    expect(ref('http://127.0.0.1:8787/v1/suppression')).toEqual([
      'http://127.0.0.1:8787/v1/suppression',
    ]);
    expect(ref('http://connector.example/v1/suppression')).toEqual([]);
    expect(ref('not a url')).toEqual([]);
    // The example policy names its list by URL.
    expect(suppressionSources({ ...ACME, suppression: { ...ACME.suppression } })).toEqual([
      'https://leads-eu.acme.example/api/suppression',
    ]);
  });

  it('stores what the connector lists (keyed hashes only) and refuses those people', async () => {
    const lukasEntry = await entry('email', LUKAS_EMAIL);
    const policy = await policyWith({ listRef: LIST_URL });
    const fetchMock = connectorAnswers([lukasEntry, 'lukas@example.com', 'hmac-sha256:short']);
    expect(await refreshSuppressionList()).toEqual({ count: 1, sources: 1, failed: 0 });
    expect(fetchMock).toHaveBeenCalledWith(LIST_URL, expect.anything());
    expect(await readSuppressionEntries()).toEqual([lukasEntry]);
    expect((await suppressionFor(lukas.person, policy)).suppressed).toBe(true);
    const events = (await (await auditStore()).list()).filter(
      (e) => e.type === 'suppression_updated',
    );
    expect(events).toEqual([expect.objectContaining({ count: 1, outcome: 'ok' })]);
    expect(await verifyAudit()).toMatchObject({ ok: true });
  });

  it('never shrinks the list: not when the connector fails, nor when it stops listing someone', async () => {
    const a = await entry('email', LUKAS_EMAIL);
    const b = await entry('url', 'https://example.com/in/lukas');
    await policyWith({ listRef: LIST_URL });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    connectorAnswers([a, b], 503, [b], [b]);
    await refreshSuppressionList();
    expect(await refreshSuppressionList()).toEqual({ count: 2, sources: 1, failed: 1 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('1 of 1 sources (HTTP 503)'));
    expect((await readSuppressionEntries()).sort()).toEqual([a, b].sort());
    expect(await refreshSuppressionList()).toEqual({ count: 2, sources: 1, failed: 0 });
    expect((await readSuppressionEntries()).sort()).toEqual([a, b].sort());
    await refreshSuppressionList(); // unchanged: no new event
    expect((await auditTypes()).filter((t) => t === 'suppression_updated')).toHaveLength(1);
    warn.mockRestore();
  });

  it('keeps the list and says why (no values) on bad JSON, a malformed or oversized body, or no network', async () => {
    const a = await entry('email', LUKAS_EMAIL);
    await writeSuppressionEntries([a]);
    await policyWith({ listRef: LIST_URL });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fetchMock = vi.fn();
    fetchMock
      .mockResolvedValueOnce(new Response('not json {'))
      .mockResolvedValueOnce(new Response(JSON.stringify({ entries: 'lukas@example.com' })))
      .mockResolvedValueOnce(new Response(`{"entries":["${'x'.repeat(13_000_000)}"]}`))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetchMock);
    for (const kind of ['not JSON', 'malformed', 'too large', 'network']) {
      expect(await refreshSuppressionList()).toEqual({ count: 1, sources: 1, failed: 1 });
      expect(warn).toHaveBeenLastCalledWith(expect.stringContaining(`(${kind})`));
    }
    expect(await readSuppressionEntries()).toEqual([a]);
    expect(JSON.stringify(warn.mock.calls)).not.toContain('lukas');
    warn.mockRestore();
  });

  it('adds what any of several sources lists when another fails', async () => {
    const a = await entry('email', LUKAS_EMAIL);
    const policy = await policyWith({ listRef: undefined });
    const sources = suppressionSources(policy);
    expect(sources.length).toBeGreaterThan(1);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    connectorAnswers([a], 500, ...Array.from({ length: sources.length - 2 }, () => [] as string[]));
    expect(await refreshSuppressionList()).toEqual({
      count: 1,
      sources: sources.length,
      failed: 1,
    });
    expect(await readSuppressionEntries()).toEqual([a]);
    warn.mockRestore();
  });

  it('fetches nothing without an organisation key or policy (development mode)', async () => {
    const fetchMock = connectorAnswers([]);
    expect(await refreshSuppressionList()).toEqual({ count: 0, sources: 0, failed: 0 });
    await policyWith({ hashKey: undefined, listRef: LIST_URL });
    expect(await refreshSuppressionList()).toMatchObject({ sources: 0 });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
