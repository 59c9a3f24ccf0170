// Passphrase → key-encryption key (KEK) via PBKDF2-HMAC-SHA-256 (WebCrypto).
// Must never keep, log or return the passphrase; the KEK is non-extractable and can only wrap keys.
//
// Why PBKDF2 and not Argon2id: Argon2id is memory-hard and would be the better choice, but it is not
// in WebCrypto and no audited Argon2 WASM package is installed in this project (and adding WASM to an
// MV3 extension needs 'wasm-unsafe-eval' in the CSP). PBKDF2 is native in every browser and Node,
// runs off the JS thread, and with ≥ 600,000 iterations of HMAC-SHA-256 meets OWASP's 2023 guidance.

import { copyBytes, utf8Encode, wipe } from './bytes';
import { VaultPolicyError } from './errors';

/** OWASP (2023) minimum for PBKDF2-HMAC-SHA-256; enforced on every production path. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** Upper bound so that a tampered header cannot make unlock hang (denial of service). */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
/** Default iteration count for new vaults. */
export const DEFAULT_PBKDF2_ITERATIONS = MIN_PBKDF2_ITERATIONS;
export const KDF_SALT_BYTES = 16;

/**
 * Options shared by vault functions that derive keys. `iterations` below the production minimum is
 * refused unless `unsafeAllowWeakIterationsForTests` is set — only unit tests may set it.
 */
export type KdfOptions = {
  readonly iterations?: number;
  readonly unsafeAllowWeakIterationsForTests?: boolean;
};

/** Throws VaultPolicyError unless the iteration count is allowed under the given options. */
export function assertIterationsAllowed(iterations: number, options: KdfOptions = {}): void {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new VaultPolicyError('PBKDF2 iteration count out of range');
  }
  if (iterations < MIN_PBKDF2_ITERATIONS && options.unsafeAllowWeakIterationsForTests !== true) {
    throw new VaultPolicyError(`PBKDF2 needs at least ${MIN_PBKDF2_ITERATIONS} iterations`);
  }
}

/** Unicode-normalises (NFC) so the same passphrase typed on different platforms derives the same key. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** Derives the non-extractable AES-GCM-256 KEK (usages: wrapKey, unwrapKey only). */
export async function deriveKeyEncryptionKey(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
): Promise<CryptoKey> {
  const secret = utf8Encode(normalizePassphrase(passphrase));
  try {
    const baseKey = await globalThis.crypto.subtle.importKey('raw', secret, 'PBKDF2', false, [
      'deriveKey',
    ]);
    return await globalThis.crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: copyBytes(salt), iterations },
      baseKey,
      { name: 'AES-GCM', length: 256 },
      false,
      ['wrapKey', 'unwrapKey'],
    );
  } finally {
    wipe(secret);
  }
}
