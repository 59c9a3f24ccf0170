// Append-only, hash-chained audit events: each event's hash is SHA-256 over a domain prefix and
// the canonical JSON of the event without `hash` (so it commits to `prevHash`, `seq` and `at`).
// Must never accept an event that fails the whitelist schema, and never rewrite past events.
//
// Auditor recipe: hash = hex(SHA-256(UTF-8("lawful-leads/audit/v1\n" + JCS(event minus hash)))),
// prevHash of the first event = 64 zeros.

import * as v from 'valibot';
import { canonicalJson } from './canonical-json';
import {
  AuditEventInputSchema,
  AuditSchemaError,
  describeIssues,
  type AuditEvent,
  type AuditEventInput,
} from './event-schema';

export const GENESIS_HASH = '0'.repeat(64);
const HASH_DOMAIN = 'lawful-leads/audit/v1\n';

/** Where a chain stands: number of events and the hash of the last one (GENESIS_HASH if none). */
export type ChainHead = { readonly count: number; readonly headHash: string };
export const EMPTY_CHAIN_HEAD: ChainHead = Object.freeze({ count: 0, headHash: GENESIS_HASH });

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * SHA-256 hex for the `digest` field. Only ever pass ciphertexts or envelopes (e.g. a JWE):
 * an unkeyed hash of a personal value (an email) can be reversed by guessing.
 */
export async function sha256Hex(data: Uint8Array<ArrayBuffer> | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
}

/** The hash an event must carry (computed over everything except its own `hash`). */
export async function computeEventHash(
  event: Omit<AuditEvent, 'hash'> | AuditEvent,
): Promise<string> {
  const body: Partial<AuditEvent> = { ...event };
  delete body.hash;
  const bytes = new TextEncoder().encode(HASH_DOMAIN + canonicalJson(body));
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
}

/** Validates input against the whitelist; throws AuditSchemaError naming fields, never values. */
export function validateAuditInput(input: unknown): AuditEventInput {
  const parsed = v.safeParse(AuditEventInputSchema, input);
  if (!parsed.success) throw new AuditSchemaError(describeIssues(parsed.issues));
  return parsed.output;
}

/**
 * Builds the next event after `head`. The caller persists it (and the new head) atomically.
 * Optional fields left undefined are dropped, so the canonical form never sees undefined.
 */
export async function appendAuditEvent(
  head: ChainHead,
  input: AuditEventInput,
  now: number,
): Promise<{ event: AuditEvent; head: ChainHead }> {
  const valid = validateAuditInput(input);
  const fields = Object.fromEntries(
    Object.entries(valid).filter(([, value]) => value !== undefined),
  ) as AuditEventInput;
  const body = {
    ...fields,
    at: valid.at ?? now,
    seq: head.count,
    prevHash: head.headHash,
  } as Omit<AuditEvent, 'hash'>;
  // Re-check the final shape (e.g. `now` must be a safe integer epoch).
  validateAuditInput({ ...fields, at: body.at });
  const hash = await computeEventHash(body);
  const event = { ...body, hash } as AuditEvent;
  return { event, head: { count: head.count + 1, headHash: hash } };
}
