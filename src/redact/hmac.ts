// Keyed pseudonyms for the `hash` operator: HMAC-SHA-256 over a canonical form of the value, with the
// tenant's non-extractable WebCrypto key. Must never log, return or keep the value or the key bytes.

/** Imports raw tenant key bytes as a non-extractable HMAC-SHA-256 key. */
export async function importTenantKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.byteLength < 16) throw new RangeError('tenant key must be at least 16 bytes');
  return globalThis.crypto.subtle.importKey(
    'raw',
    new Uint8Array(raw),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

/** Generates a fresh non-extractable tenant key (tests, first run). */
export async function generateTenantKey(): Promise<CryptoKey> {
  return globalThis.crypto.subtle.generateKey(
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
}

/**
 * Canonical form so that the same value written differently gets the same pseudonym: Unicode NFKC
 * (full-width folded), zero-width characters dropped; e-mails and URLs lower-cased; other entities keep
 * only letters and digits, upper-cased ("4111 1111..." and "4111-1111..." are one value).
 */
export function canonicalValue(entity: string, value: string): string {
  const folded = value.normalize('NFKC').replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
  if (entity === 'EMAIL_ADDRESS' || entity === 'URL') return folded.trim().toLowerCase();
  const compact = folded.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  return compact.length > 0 ? compact : folded;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Stable pseudonym: first 96 bits of HMAC(key, entity NUL canonical value), as hex. */
export async function pseudonym(key: CryptoKey, entity: string, value: string): Promise<string> {
  const data = new TextEncoder().encode(`${entity}\u0000${canonicalValue(entity, value)}`);
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, data));
  let out = '';
  for (let i = 0; i < 12; i++) out += HEX[mac[i] ?? 0];
  return out;
}
