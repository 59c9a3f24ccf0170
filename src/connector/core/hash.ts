// SHA-256 hex digest with WebCrypto (works in Node and browsers).
// Must never be used for secrets that need a key: use HMAC for those.
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
