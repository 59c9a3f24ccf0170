// Per-record envelope encryption: each record gets its own AES-256-GCM data key (DEK), wrapped by
// the vault key; erasing a record = deleting its wrapped DEK (crypto-shredding).
// Must never throw anything but VaultDecryptionError on open, and never let an extractable DEK
// outlive sealRecord.
//
// DEKs: WebCrypto's wrapKey needs the wrapped key to be extractable, so a DEK is generated
// extractable, used to encrypt, wrapped (AES-GCM, AAD = record location + "data-key") and then
// dropped — it never leaves this function. On open, DEKs are unwrapped as NON-extractable.
// The vault key only has wrapKey/unwrapKey usages: it can never decrypt record contents directly.
// Encrypt before opening an IndexedDB transaction (transactions auto-commit across awaits).

import { copyBytes, randomBytes, utf8Decode, utf8Encode } from './bytes';
import { AAD_PURPOSES, RECORD_FORMAT, recordAad, type RecordLocation } from './aad';
import { VaultDecryptionError } from './errors';

const IV_BYTES = 12;
/**
 * Plaintexts are padded with trailing spaces (which JSON.parse ignores) to a multiple of this, so
 * a stolen profile reveals record sizes only to the nearest 256 bytes.
 */
export const RECORD_PADDING_BYTES = 256;

function paddedJson(json: string): Uint8Array<ArrayBuffer> {
  const bytes = utf8Encode(json);
  const length = Math.ceil((bytes.byteLength + 1) / RECORD_PADDING_BYTES) * RECORD_PADDING_BYTES;
  const padded = new Uint8Array(length).fill(0x20);
  padded.set(bytes);
  return padded;
}

/** Structured-cloneable sealed record, as stored in IndexedDB. */
export type SealedRecord = {
  readonly format: typeof RECORD_FORMAT;
  readonly id: string;
  readonly store: string;
  /** Schema version of the plaintext. */
  readonly v: number;
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
  readonly wrappedDek: Uint8Array;
  readonly dekIv: Uint8Array;
};

/** A sealed record with its wrapped DEK removed (what remains after crypto-shredding). */
export type ShreddedRecord = Omit<SealedRecord, 'wrappedDek' | 'dekIv'>;

/** The key half of a record, for keeping wrapped DEKs in their own object store. */
export type WrappedRecordKey = Pick<SealedRecord, 'id' | 'store' | 'wrappedDek' | 'dekIv'>;

/** Encrypts a JSON-serialisable object for one record location. */
export async function sealRecord(
  vaultKey: CryptoKey,
  location: RecordLocation,
  plaintext: unknown,
): Promise<SealedRecord> {
  const json = JSON.stringify(plaintext);
  if (json === undefined) throw new TypeError('Record plaintext must be JSON-serialisable');
  const subtle = globalThis.crypto.subtle;
  const dek = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = randomBytes(IV_BYTES);
  const dekIv = randomBytes(IV_BYTES);
  const ct = await subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: recordAad(location, AAD_PURPOSES.content) },
    dek,
    paddedJson(json),
  );
  const wrappedDek = await subtle.wrapKey('raw', dek, vaultKey, {
    name: 'AES-GCM',
    iv: dekIv,
    additionalData: recordAad(location, AAD_PURPOSES.dataKey),
  });
  return {
    format: RECORD_FORMAT,
    id: location.id,
    store: location.store,
    v: location.schemaVersion,
    iv,
    ct: new Uint8Array(ct),
    wrappedDek: new Uint8Array(wrappedDek),
    dekIv,
  };
}

function isBytes(value: unknown, length?: number): value is Uint8Array {
  return value instanceof Uint8Array && (length === undefined || value.byteLength === length);
}

/**
 * Decrypts a sealed record, authenticating it against where the caller expects it to be.
 * Any failure (tampering, swap, wrong key, shredded key, mismatch) → VaultDecryptionError.
 */
export async function openRecord(
  vaultKey: CryptoKey,
  sealed: unknown,
  expected: RecordLocation,
): Promise<unknown> {
  const record = sealed as Partial<SealedRecord> | null;
  if (
    typeof record !== 'object' ||
    record === null ||
    record.format !== RECORD_FORMAT ||
    record.store !== expected.store ||
    record.id !== expected.id ||
    record.v !== expected.schemaVersion ||
    !isBytes(record.iv, IV_BYTES) ||
    !isBytes(record.dekIv, IV_BYTES) ||
    !isBytes(record.ct) ||
    !isBytes(record.wrappedDek)
  ) {
    throw new VaultDecryptionError();
  }
  try {
    const subtle = globalThis.crypto.subtle;
    const dek = await subtle.unwrapKey(
      'raw',
      copyBytes(record.wrappedDek),
      vaultKey,
      {
        name: 'AES-GCM',
        iv: copyBytes(record.dekIv),
        additionalData: recordAad(expected, AAD_PURPOSES.dataKey),
      },
      { name: 'AES-GCM' },
      false,
      ['decrypt'],
    );
    const plain = await subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: copyBytes(record.iv),
        additionalData: recordAad(expected, AAD_PURPOSES.content),
      },
      dek,
      copyBytes(record.ct),
    );
    return JSON.parse(utf8Decode(new Uint8Array(plain))) as unknown;
  } catch {
    throw new VaultDecryptionError();
  }
}

/** Crypto-shreds: returns the record without its wrapped DEK. The ciphertext is then unopenable. */
export function shredRecord(sealed: SealedRecord): ShreddedRecord {
  return {
    format: sealed.format,
    id: sealed.id,
    store: sealed.store,
    v: sealed.v,
    iv: sealed.iv,
    ct: sealed.ct,
  };
}

/**
 * Splits a sealed record so the wrapped DEK can live in a separate object store: erasing then
 * means deleting one small key row, and copies of the body store alone are useless.
 */
export function detachRecordKey(sealed: SealedRecord): {
  body: ShreddedRecord;
  key: WrappedRecordKey;
} {
  return {
    body: shredRecord(sealed),
    key: { id: sealed.id, store: sealed.store, wrappedDek: sealed.wrappedDek, dekIv: sealed.dekIv },
  };
}

/** Re-joins a body and its key row (ids/stores must match, else the open would fail anyway). */
export function attachRecordKey(body: ShreddedRecord, key: WrappedRecordKey): SealedRecord {
  if (body.id !== key.id || body.store !== key.store) throw new VaultDecryptionError();
  return { ...body, wrappedDek: key.wrappedDek, dekIv: key.dekIv };
}
