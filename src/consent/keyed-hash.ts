// Keyed hashes (HMAC-SHA-256 via WebCrypto) for pseudonymous subject ids and suppression lists.
// Input is `<kind>:<normalised identifier>` (domain-separated). Must never return or log the input.
import { normalizeIdentifier, type IdentifierKind } from './identifiers';

const encoder = new TextEncoder();

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function toHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Decodes base64url (no padding); undefined when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * The organisation's suppression-list key (the policy's `suppression.hashKey`, base64url of at
 * least 32 bytes), as a non-extractable HMAC key. The same key, and keyedIdentifierHash, serve the
 * admin tool that makes entries and the extension that checks them.
 */
export async function importSuppressionKey(base64Url: string): Promise<CryptoKey> {
  const raw = fromBase64Url(base64Url);
  if (raw === undefined) throw new RangeError('Suppression key must be base64url');
  return importHmacKey(raw);
}

/** Imports raw key bytes (at least 32) as a non-extractable HMAC-SHA-256 signing key. */
export async function importHmacKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.byteLength < 32) throw new RangeError('HMAC key must be at least 32 bytes');
  return globalThis.crypto.subtle.importKey(
    'raw',
    raw as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

async function hmac(key: CryptoKey, text: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

/** `hmac-sha256:<base64url>` of `<kind>:<normalised value>`, or undefined when the value does not normalise. */
export async function keyedIdentifierHash(
  kind: IdentifierKind,
  value: string,
  key: CryptoKey,
): Promise<string | undefined> {
  const normalized = normalizeIdentifier(kind, value);
  if (normalized === undefined) return undefined;
  return `hmac-sha256:${toBase64Url(await hmac(key, `${kind}:${normalized}`))}`;
}

/**
 * The pseudonymous subject id: the keyed hash of the first usable email, else phone, else
 * profile URL. Undefined when the draft has no usable identifier.
 */
export async function pseudonymousSubjectId(
  identifiers: { emails: readonly string[]; phones: readonly string[]; urls: readonly string[] },
  key: CryptoKey,
): Promise<string | undefined> {
  const ordered: [IdentifierKind, readonly string[]][] = [
    ['email', identifiers.emails],
    ['phone', identifiers.phones],
    ['url', identifiers.urls],
  ];
  for (const [kind, values] of ordered) {
    for (const value of values) {
      const hash = await keyedIdentifierHash(kind, value, key);
      if (hash !== undefined) return hash;
    }
  }
  return undefined;
}
