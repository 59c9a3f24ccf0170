// First-run setup, unlock and passphrase change of the vault (pure crypto; the lead persists the
// header). Must never store or return the passphrase, never return an extractable vault key, and
// must report every unlock failure as the one opaque VaultUnlockError.

import * as v from 'valibot';
import { fromBase64Url, randomBytes, toBase64Url, wipe } from '../crypto/bytes';
import { vaultKeyAad } from '../crypto/aad';
import { VaultPolicyError, VaultUnlockError } from '../crypto/errors';
import {
  assertIterationsAllowed,
  DEFAULT_PBKDF2_ITERATIONS,
  deriveKeyEncryptionKey,
  KDF_SALT_BYTES,
  type KdfOptions,
} from '../crypto/kdf';
import { adoptRawVaultKey } from '../crypto/session';
import { VAULT_HEADER_FORMAT, VaultHeaderSchema, type VaultHeader } from './header';

/** Shortest passphrase accepted for a new vault or a passphrase change. */
export const MIN_PASSPHRASE_LENGTH = 10;

export type UnlockedVault = {
  /** Non-extractable AES-GCM-256 key with usages wrapKey/unwrapKey (wraps record data keys). */
  readonly vaultKey: CryptoKey;
  readonly header: VaultHeader;
};

type LifecycleOptions = KdfOptions & { readonly now?: number };

function assertPassphraseAllowed(passphrase: string): void {
  if (typeof passphrase !== 'string' || [...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new VaultPolicyError(`Passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters`);
  }
}

async function wrapUnderPassphrase(
  rawVaultKey: Uint8Array<ArrayBuffer>,
  passphrase: string,
  options: LifecycleOptions,
): Promise<VaultHeader> {
  const iterations = options.iterations ?? DEFAULT_PBKDF2_ITERATIONS;
  assertIterationsAllowed(iterations, options);
  const salt = randomBytes(KDF_SALT_BYTES);
  const saltText = toBase64Url(salt);
  const iv = randomBytes(12);
  const kek = await deriveKeyEncryptionKey(passphrase, salt, iterations);
  const subtle = globalThis.crypto.subtle;
  // wrapKey needs a CryptoKey: a transient extractable import that is dropped right after.
  const transient = await subtle.importKey('raw', rawVaultKey, 'AES-GCM', true, ['wrapKey']);
  const wrapped = await subtle.wrapKey('raw', transient, kek, {
    name: 'AES-GCM',
    iv,
    additionalData: vaultKeyAad(iterations, saltText),
  });
  return {
    format: VAULT_HEADER_FORMAT,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: saltText },
    wrap: { name: 'AES-GCM', iv: toBase64Url(iv) },
    wrappedVaultKey: toBase64Url(new Uint8Array(wrapped)),
    wrappedAt: options.now ?? Date.now(),
  };
}

/** Unwraps the raw vault key bytes; every failure → VaultUnlockError. Caller must adopt/wipe. */
async function unwrapRawVaultKey(
  passphrase: string,
  header: unknown,
  options: KdfOptions,
): Promise<{ raw: Uint8Array<ArrayBuffer>; header: VaultHeader }> {
  const parsed = v.safeParse(VaultHeaderSchema, header);
  if (!parsed.success) throw new VaultUnlockError();
  const { kdf, wrap, wrappedVaultKey } = parsed.output;
  // A header lowered below the minimum is refused (unless a test explicitly allows it).
  try {
    assertIterationsAllowed(kdf.iterations, options);
  } catch {
    throw new VaultUnlockError();
  }
  try {
    const kek = await deriveKeyEncryptionKey(passphrase, fromBase64Url(kdf.salt), kdf.iterations);
    const extractable = await globalThis.crypto.subtle.unwrapKey(
      'raw',
      fromBase64Url(wrappedVaultKey),
      kek,
      {
        name: 'AES-GCM',
        iv: fromBase64Url(wrap.iv),
        additionalData: vaultKeyAad(kdf.iterations, kdf.salt),
      },
      { name: 'AES-GCM' },
      true,
      ['wrapKey'],
    );
    const raw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', extractable));
    return { raw, header: parsed.output };
  } catch {
    throw new VaultUnlockError();
  }
}

/** First run: a fresh random vault key, wrapped under the passphrase. Persist `header`. */
export async function createVault(
  passphrase: string,
  options: LifecycleOptions = {},
): Promise<UnlockedVault> {
  assertPassphraseAllowed(passphrase);
  const raw = randomBytes(32);
  const header = await wrapUnderPassphrase(raw, passphrase, options);
  const vaultKey = await adoptRawVaultKey(raw);
  return { vaultKey, header };
}

/** Unlocks with the passphrase. Wrong passphrase or bad header → VaultUnlockError (opaque). */
export async function unlockVault(
  passphrase: string,
  header: unknown,
  options: KdfOptions = {},
): Promise<UnlockedVault> {
  const { raw, header: validHeader } = await unwrapRawVaultKey(passphrase, header, options);
  const vaultKey = await adoptRawVaultKey(raw);
  return { vaultKey, header: validHeader };
}

/**
 * Passphrase change: re-wraps the same vault key under a new salt and passphrase. Records are
 * untouched (their data keys are wrapped by the vault key, which does not change).
 */
export async function changePassphrase(
  currentPassphrase: string,
  newPassphrase: string,
  header: unknown,
  options: LifecycleOptions = {},
): Promise<UnlockedVault> {
  assertPassphraseAllowed(newPassphrase);
  const { raw } = await unwrapRawVaultKey(currentPassphrase, header, options);
  let newHeader: VaultHeader;
  try {
    newHeader = await wrapUnderPassphrase(raw, newPassphrase, options);
  } catch (error) {
    wipe(raw);
    throw error;
  }
  const vaultKey = await adoptRawVaultKey(raw);
  return { vaultKey, header: newHeader };
}
