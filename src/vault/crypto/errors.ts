// Opaque vault errors. Messages are fixed strings: they must never carry key material, record
// contents, passphrases, ids or the underlying WebCrypto error (which could act as an oracle).

/**
 * The single error for every failure to open sealed data: flipped byte, swapped record, wrong
 * key, AAD mismatch, shredded key, malformed container. Deliberately indistinguishable
 * (like jose's JWEDecryptionFailed).
 */
export class VaultDecryptionError extends Error {
  static readonly MESSAGE = 'Vault decryption failed';
  override readonly name = 'VaultDecryptionError';
  constructor() {
    super(VaultDecryptionError.MESSAGE);
  }
}

/** The single error for a failed unlock: wrong passphrase, corrupted or tampered header. */
export class VaultUnlockError extends Error {
  static readonly MESSAGE = 'Vault unlock failed';
  override readonly name = 'VaultUnlockError';
  constructor() {
    super(VaultUnlockError.MESSAGE);
  }
}

/** A caller broke a vault policy (e.g. too few KDF iterations, too short a passphrase). */
export class VaultPolicyError extends Error {
  override readonly name = 'VaultPolicyError';
}

/** Session hand-over failed (key not exportable here, or malformed/foreign session blob). */
export class VaultSessionError extends Error {
  static readonly MESSAGE = 'Vault session restore failed';
  override readonly name = 'VaultSessionError';
  constructor(message: string = VaultSessionError.MESSAGE) {
    super(message);
  }
}
