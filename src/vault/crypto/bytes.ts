// Byte helpers for the vault: UTF-8, base64url, random bytes, length-prefixed encoding.
// Platform-free (WebCrypto + TextEncoder only). Must never log or throw with the bytes it handles.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 encodes a string into a fresh ArrayBuffer-backed Uint8Array. */
export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  const encoded = encoder.encode(text);
  return copyBytes(encoded);
}

/** UTF-8 decodes bytes; throws on invalid UTF-8 (callers turn that into their opaque error). */
export function utf8Decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Cryptographically random bytes (WebCrypto). */
export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/** Copies into a fresh, exactly-sized ArrayBuffer (WebCrypto wants BufferSource over ArrayBuffer). */
export function copyBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

/** Concatenates byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

/**
 * Unambiguous encoding of a list of strings: each as a 4-byte big-endian length then its UTF-8
 * bytes. Used for additional authenticated data so that ("ab","c") never equals ("a","bc").
 */
export function lengthPrefixed(fields: readonly string[]): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  for (const field of fields) {
    const bytes = utf8Encode(field);
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, bytes.byteLength, false);
    parts.push(length, bytes);
  }
  return concatBytes(...parts);
}

const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;

/** base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.byteLength; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Parses unpadded base64url; throws a fixed-message error on malformed input. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL_PATTERN.test(text) || text.length % 4 === 1) {
    throw new Error('Malformed base64url');
  }
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

/** Lower-case hex. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Best-effort wipe of key material held in JS memory (the GC may have copied it; see docs). */
export function wipe(bytes: Uint8Array): void {
  bytes.fill(0);
}
