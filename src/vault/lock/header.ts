// The vault header: what IndexedDB keeps so a passphrase can unlock the vault (salt, KDF params,
// the wrapped vault key). JSON-safe. Must never contain the passphrase or an unwrapped key.
// The "verifier" is the AES-GCM tag of the wrapped vault key: a wrong passphrase fails to unwrap,
// so no separate password hash (which would be a second offline-attack target) is stored.

import * as v from 'valibot';

export const VAULT_HEADER_FORMAT = 'lawful-leads/vault-header/v1';

const base64Url = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/));

export const VaultHeaderSchema = v.strictObject({
  format: v.literal(VAULT_HEADER_FORMAT),
  kdf: v.strictObject({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
    salt: base64Url,
  }),
  wrap: v.strictObject({
    name: v.literal('AES-GCM'),
    iv: base64Url,
  }),
  /** base64url: vault key wrapped under the passphrase KEK (32 bytes + 16-byte tag). */
  wrappedVaultKey: base64Url,
  /** Epoch ms of the last (re)wrap, e.g. a passphrase change. Informational. */
  wrappedAt: v.pipe(v.number(), v.safeInteger()),
});

export type VaultHeader = v.InferOutput<typeof VaultHeaderSchema>;
