// Public surface of the vault's platform-free crypto core (record sealing, session hand-over,
// KDF policy, errors). Must never export internal helpers that handle raw key bytes.
export { RECORD_FORMAT, type RecordLocation } from './aad';
export {
  VaultDecryptionError,
  VaultPolicyError,
  VaultSessionError,
  VaultUnlockError,
} from './errors';
export {
  DEFAULT_PBKDF2_ITERATIONS,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  type KdfOptions,
} from './kdf';
export {
  attachRecordKey,
  detachRecordKey,
  openRecord,
  RECORD_PADDING_BYTES,
  sealRecord,
  shredRecord,
  type SealedRecord,
  type ShreddedRecord,
  type WrappedRecordKey,
} from './record';
export { exportForSession, forgetSession, importFromSession, type SessionBlob } from './session';
