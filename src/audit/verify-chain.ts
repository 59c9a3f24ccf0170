// Verifies an audit chain and pinpoints the first broken link. Pure apart from SHA-256.
// Must never "repair" a chain or skip events; it only reports.
//
// Reasons, checked per index in this order:
// - malformed:    the event fails the whitelist schema.
// - reordered:    seq is not the index, and the event with seq = index appears later (or seq went back).
// - missing:      seq is ahead of the index and no later event has the expected seq (deleted).
// - edited:       the event's own hash does not match its contents.
// - broken_link:  prevHash ≠ the previous event's hash: the previous event was rewritten and
//                 re-hashed (or this one re-pointed). Index = this event; suspect index - 1.
// - truncated:    fewer events than a known head count (events at the end were removed).
// - head_mismatch: the event at a known head position does not have the known head hash
//                 (history rewritten consistently, e.g. delete + renumber + re-hash).

import * as v from 'valibot';
import { AuditEventSchema } from './event-schema';
import { computeEventHash, GENESIS_HASH, type ChainHead } from './hash-chain';

export const CHAIN_BREAK_REASONS = [
  'malformed',
  'reordered',
  'missing',
  'edited',
  'broken_link',
  'truncated',
  'head_mismatch',
] as const;
export type ChainBreakReason = (typeof CHAIN_BREAK_REASONS)[number];

export type ChainVerification =
  | { readonly ok: true; readonly head: ChainHead }
  | { readonly ok: false; readonly index: number; readonly reason: ChainBreakReason };

function seqOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { seq?: unknown }).seq : undefined;
}

/**
 * Verifies `events` from the genesis. Pass `knownHead` (a head recorded elsewhere, e.g. with the
 * connector) to detect truncation and consistent rewrites.
 */
export async function verifyChain(
  events: readonly unknown[],
  knownHead?: ChainHead,
): Promise<ChainVerification> {
  let previousHash = GENESIS_HASH;
  const hashes: string[] = [];
  for (let index = 0; index < events.length; index += 1) {
    const parsed = v.safeParse(AuditEventSchema, events[index]);
    if (!parsed.success) return { ok: false, index, reason: 'malformed' };
    const event = parsed.output;
    if (event.seq !== index) {
      const expectedLater = events.slice(index + 1).some((later) => seqOf(later) === index);
      const reason = event.seq < index || expectedLater ? 'reordered' : 'missing';
      return { ok: false, index, reason };
    }
    if ((await computeEventHash(event)) !== event.hash)
      return { ok: false, index, reason: 'edited' };
    if (event.prevHash !== previousHash) return { ok: false, index, reason: 'broken_link' };
    previousHash = event.hash;
    hashes.push(event.hash);
  }
  if (knownHead !== undefined && knownHead.count > 0) {
    if (events.length < knownHead.count) {
      return { ok: false, index: events.length, reason: 'truncated' };
    }
    if (hashes[knownHead.count - 1] !== knownHead.headHash) {
      return { ok: false, index: knownHead.count - 1, reason: 'head_mismatch' };
    }
  }
  return { ok: true, head: { count: events.length, headHash: previousHash } };
}
