import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@src/audit/canonical-json';
import { AuditSchemaError, type AuditEvent } from '@src/audit/event-schema';
import {
  appendAuditEvent,
  computeEventHash,
  EMPTY_CHAIN_HEAD,
  GENESIS_HASH,
  sha256Hex,
} from '@src/audit/hash-chain';
import { exportAuditJsonl, parseAuditJsonl } from '@src/audit/jsonl';
import { verifyChain } from '@src/audit/verify-chain';
import { buildChain, RECORD_ID, sampleInputs } from './helpers';

async function rehash(event: Omit<AuditEvent, 'hash'>): Promise<AuditEvent> {
  return { ...event, hash: await computeEventHash(event) };
}

describe('appendAuditEvent', () => {
  it('chains events from the genesis hash', async () => {
    const { events, head } = await buildChain(sampleInputs(3));
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(events[0]!.prevHash).toBe(GENESIS_HASH);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
    expect(head).toEqual({ count: 3, headHash: events[2]!.hash });
    expect(events[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes a documented, reproducible form', async () => {
    const { events } = await buildChain(sampleInputs(1));
    const { hash, ...body } = events[0]!;
    const bytes = new TextEncoder().encode('lawful-leads/audit/v1\n' + canonicalJson(body));
    const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
    expect(Buffer.from(digest).toString('hex')).toBe(hash);
  });

  it('drops undefined optional fields and uses `now` unless `at` is given', async () => {
    const { event } = await appendAuditEvent(
      EMPTY_CHAIN_HEAD,
      { type: 'lock', reason: 'idle', recordId: undefined },
      5,
    );
    expect(event).not.toHaveProperty('recordId');
    expect(event.at).toBe(5);
    const withAt = await appendAuditEvent(EMPTY_CHAIN_HEAD, { type: 'lock', at: 9 }, 5);
    expect(withAt.event.at).toBe(9);
  });

  it('sha256Hex gives digests the schema accepts', async () => {
    const digest = await sha256Hex('eyJhbGciOi.fake.jwe..x');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const { event } = await appendAuditEvent(EMPTY_CHAIN_HEAD, { type: 'send', digest }, 1);
    expect(event.digest).toBe(digest);
  });

  it('refuses a bad clock value', async () => {
    await expect(appendAuditEvent(EMPTY_CHAIN_HEAD, { type: 'lock' }, Number.NaN)).rejects.toThrow(
      AuditSchemaError,
    );
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and returns its head', async () => {
    const { events, head } = await buildChain(sampleInputs(6));
    expect(await verifyChain(events)).toEqual({ ok: true, head });
    expect(await verifyChain(events, head)).toEqual({ ok: true, head });
    expect(await verifyChain([], EMPTY_CHAIN_HEAD)).toEqual({ ok: true, head: EMPTY_CHAIN_HEAD });
  });

  it('an edited event is reported at its index', async () => {
    const { events } = await buildChain(sampleInputs(6));
    const tampered = [...events];
    tampered[3] = { ...events[3]!, count: 999 };
    expect(await verifyChain(tampered)).toEqual({ ok: false, index: 3, reason: 'edited' });
    tampered[3] = { ...events[3]!, at: events[3]!.at + 1 };
    expect(await verifyChain(tampered)).toEqual({ ok: false, index: 3, reason: 'edited' });
  });

  it('an edited and re-hashed event breaks the next link', async () => {
    const { events } = await buildChain(sampleInputs(6));
    const tampered = [...events];
    const body: Partial<AuditEvent> = { ...events[2]!, type: 'erase' };
    delete body.hash;
    tampered[2] = await rehash(body as Omit<AuditEvent, 'hash'>);
    expect(await verifyChain(tampered)).toEqual({ ok: false, index: 3, reason: 'broken_link' });
  });

  it('a deleted event is reported as missing where it was', async () => {
    const { events } = await buildChain(sampleInputs(6));
    const tampered = events.filter((_, i) => i !== 2);
    expect(await verifyChain(tampered)).toEqual({ ok: false, index: 2, reason: 'missing' });
  });

  it('reordered events are reported at the first displaced index', async () => {
    const { events } = await buildChain(sampleInputs(6));
    const swapped = [events[0]!, events[1]!, events[3]!, events[2]!, events[4]!, events[5]!];
    expect(await verifyChain(swapped)).toEqual({ ok: false, index: 2, reason: 'reordered' });
    const duplicated = [events[0]!, events[1]!, events[1]!];
    expect(await verifyChain(duplicated)).toEqual({ ok: false, index: 2, reason: 'reordered' });
  });

  it('truncation is detected against a known head', async () => {
    const { events, head } = await buildChain(sampleInputs(6));
    const truncated = events.slice(0, 4);
    expect((await verifyChain(truncated)).ok).toBe(true); // undetectable without an anchor
    expect(await verifyChain(truncated, head)).toEqual({
      ok: false,
      index: 4,
      reason: 'truncated',
    });
    expect(await verifyChain([], head)).toEqual({ ok: false, index: 0, reason: 'truncated' });
  });

  it('a consistently rewritten history is caught by the known head', async () => {
    const { events, head } = await buildChain(sampleInputs(6));
    const rewritten = await buildChain(sampleInputs(6).filter((_, i) => i !== 1));
    const extra = await appendAuditEvent(rewritten.head, { type: 'lock' }, 1);
    const forged = [...rewritten.events, extra.event];
    expect((await verifyChain(forged)).ok).toBe(true);
    expect(await verifyChain(forged, head)).toEqual({
      ok: false,
      index: 5,
      reason: 'head_mismatch',
    });
    expect(events).toHaveLength(6);
  });

  it('later events appended after the known head are fine', async () => {
    const { events, head } = await buildChain(sampleInputs(3));
    const more = await appendAuditEvent(head, { type: 'lock' }, 1);
    expect((await verifyChain([...events, more.event], head)).ok).toBe(true);
  });

  it('malformed events (e.g. smuggled personal data) are reported', async () => {
    const { events } = await buildChain(sampleInputs(3));
    const tampered: unknown[] = [...events];
    tampered[1] = { ...events[1]!, note: 'ada@example.org' };
    expect(await verifyChain(tampered)).toEqual({ ok: false, index: 1, reason: 'malformed' });
    expect(await verifyChain([null])).toEqual({ ok: false, index: 0, reason: 'malformed' });
  });
});

describe('JSON Lines export', () => {
  it('exports one canonical event per line and re-imports to a verifiable chain', async () => {
    const { events, head } = await buildChain(sampleInputs(4));
    const text = exportAuditJsonl(events);
    const lines = text.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(lines[0]).toBe(canonicalJson(events[0]));
    expect(text).toContain(RECORD_ID);
    const parsed = parseAuditJsonl(text.replace(/\n/g, '\r\n') + '\n');
    expect(await verifyChain(parsed, head)).toEqual({ ok: true, head });
    expect(exportAuditJsonl([])).toBe('');
  });

  it('reports the line of invalid JSON without echoing it', () => {
    expect(() => parseAuditJsonl('{"a":1}\n{ada@example.org\n')).toThrow(/line 2$/);
  });
});
