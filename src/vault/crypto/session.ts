// Session hand-over of the unlocked vault key across MV3 service-worker restarts.
// Must never hand out an extractable vault key, and never put the raw key in a single JSON value.
//
// Design (after Bitwarden's MV3 "session key" approach):
// - WebCrypto cannot export a non-extractable key, and chrome.storage.session holds only JSON,
//   so the raw vault key bytes exist only for a moment inside `adoptRawVaultKey` (at create/unlock/
//   import). There we (1) import the *working* key as NON-extractable, (2) draw a fresh random
//   256-bit session key and AES-GCM-encrypt the raw key with it, (3) wipe the raw bytes.
// - The resulting SessionBlob is remembered in a module-private WeakMap keyed by the working key;
//   `exportForSession(vaultKey)` returns it. No extractable CryptoKey is ever kept around.
// - The blob has two halves: `sessionKey` (put it in chrome.storage.session: memory only, cleared
//   when the browser closes, hidden from content scripts with access level TRUSTED_CONTEXTS) and
//   `sealedVaultKey` + `iv`. Storing both halves in storage.session is, security-wise, the same as
//   storing the raw key there — accepted because that storage is memory-only and trusted-context
//   only. For defence in depth the sealed half may instead go to IndexedDB/storage.local: a disk
//   copy of it is useless once the browser has closed and the session half is gone.
// - Trade-off: anything running in a trusted extension context while unlocked can read the blob —
//   the same code could use the working key anyway. Locking must remove the blob (lead's job).

import * as v from 'valibot';
import { fromBase64Url, randomBytes, toBase64Url, utf8Encode, wipe } from './bytes';
import { VaultSessionError } from './errors';

const SESSION_FORMAT = 'lawful-leads/session-key/v1';
const SESSION_AAD = utf8Encode(SESSION_FORMAT);
const VAULT_KEY_USAGES: KeyUsage[] = ['wrapKey', 'unwrapKey'];

export type SessionBlob = {
  readonly format: typeof SESSION_FORMAT;
  /** base64url, 32 bytes: the session key. */
  readonly sessionKey: string;
  /** base64url, 12 bytes: AES-GCM nonce. */
  readonly iv: string;
  /** base64url: the raw vault key encrypted under the session key (32 bytes + 16-byte tag). */
  readonly sealedVaultKey: string;
};

const base64Url = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/));
const SessionBlobSchema = v.strictObject({
  format: v.literal(SESSION_FORMAT),
  sessionKey: base64Url,
  iv: base64Url,
  sealedVaultKey: base64Url,
});

const sessionBlobs = new WeakMap<CryptoKey, SessionBlob>();

async function importWorkingKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey(
    'raw',
    raw,
    { name: 'AES-GCM' },
    false,
    VAULT_KEY_USAGES,
  );
}

/**
 * Internal to the vault: turns raw vault key bytes into the non-extractable working key and its
 * session blob, then wipes the bytes. Pass `existingBlob` when restoring from that blob.
 */
export async function adoptRawVaultKey(
  raw: Uint8Array<ArrayBuffer>,
  existingBlob?: SessionBlob,
): Promise<CryptoKey> {
  try {
    const workingKey = await importWorkingKey(raw);
    let blob = existingBlob;
    if (blob === undefined) {
      const sessionKeyBytes = randomBytes(32);
      const iv = randomBytes(12);
      const sessionKey = await globalThis.crypto.subtle.importKey(
        'raw',
        sessionKeyBytes,
        'AES-GCM',
        false,
        ['encrypt'],
      );
      const sealed = await globalThis.crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: SESSION_AAD },
        sessionKey,
        raw,
      );
      blob = {
        format: SESSION_FORMAT,
        sessionKey: toBase64Url(sessionKeyBytes),
        iv: toBase64Url(iv),
        sealedVaultKey: toBase64Url(new Uint8Array(sealed)),
      };
      wipe(sessionKeyBytes);
    }
    sessionBlobs.set(workingKey, blob);
    return workingKey;
  } finally {
    wipe(raw);
  }
}

/**
 * The JSON-safe session blob for a working vault key produced by createVault/unlockVault/
 * changePassphrase/importFromSession in this context. Throws VaultSessionError for any other key.
 */
export function exportForSession(vaultKey: CryptoKey): Promise<SessionBlob> {
  const blob = sessionBlobs.get(vaultKey);
  if (blob === undefined) {
    return Promise.reject(new VaultSessionError('Vault key is not exportable for the session'));
  }
  return Promise.resolve({ ...blob });
}

/** Restores the non-extractable working vault key from a session blob (after a worker restart). */
export async function importFromSession(blob: unknown): Promise<CryptoKey> {
  const parsed = v.safeParse(SessionBlobSchema, blob);
  if (!parsed.success) throw new VaultSessionError();
  const { output } = parsed;
  let raw: ArrayBuffer;
  try {
    const sessionKeyBytes = fromBase64Url(output.sessionKey);
    const sessionKey = await globalThis.crypto.subtle.importKey(
      'raw',
      sessionKeyBytes,
      'AES-GCM',
      false,
      ['decrypt'],
    );
    wipe(sessionKeyBytes);
    raw = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(output.iv), additionalData: SESSION_AAD },
      sessionKey,
      fromBase64Url(output.sealedVaultKey),
    );
  } catch {
    throw new VaultSessionError();
  }
  if (raw.byteLength !== 32) throw new VaultSessionError();
  return adoptRawVaultKey(new Uint8Array(raw), output);
}

/** Forgets the session blob of a working key (call when locking, besides clearing storage). */
export function forgetSession(vaultKey: CryptoKey): void {
  sessionBlobs.delete(vaultKey);
}
