// Additional authenticated data (AAD) for vault ciphertexts: binds each ciphertext (and each
// wrapped data key) to its record id, object store, schema version and purpose.
// Must never include record contents; must stay byte-for-byte stable (changing it breaks old data).

import { lengthPrefixed } from './bytes';

export const RECORD_FORMAT = 1;

/** Where a sealed record lives; all three are authenticated. */
export type RecordLocation = {
  readonly store: string;
  readonly id: string;
  readonly schemaVersion: number;
};

const PURPOSES = { content: 'content', dataKey: 'data-key' } as const;
export type AadPurpose = (typeof PURPOSES)[keyof typeof PURPOSES];
export const AAD_PURPOSES = PURPOSES;

/** AAD bytes for one purpose of one record: length-prefixed, so no two inputs collide. */
export function recordAad(location: RecordLocation, purpose: AadPurpose): Uint8Array<ArrayBuffer> {
  return lengthPrefixed([
    'lawful-leads/vault-record',
    String(RECORD_FORMAT),
    purpose,
    location.store,
    location.id,
    String(location.schemaVersion),
  ]);
}

/** AAD for the vault key wrapped under the passphrase KEK: binds it to the KDF parameters. */
export function vaultKeyAad(iterations: number, saltBase64Url: string): Uint8Array<ArrayBuffer> {
  return lengthPrefixed(['lawful-leads/vault-key', '1', String(iterations), saltBase64Url]);
}
