// receiptHash: SHA-256 (hex) over the canonical JSON (sorted keys, RFC 8785 subset) of a receipt,
// for the audit log. Undefined members are dropped first (as JSON does). Must never hash a
// non-canonical serialisation: the same receipt always gives the same hash.
import { canonicalJson } from '@src/audit/canonical-json';
import { toHex } from './keyed-hash';

/** Drops undefined object members recursively (JSON semantics); other values pass unchanged. */
export function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value))
      if (member !== undefined) out[key] = withoutUndefined(member);
    return out;
  }
  return value;
}

export function canonicalReceiptJson(receipt: object): string {
  return canonicalJson(withoutUndefined(receipt));
}

export async function receiptHash(receipt: object): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalReceiptJson(receipt));
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)));
}
