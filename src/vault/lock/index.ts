// Public surface of vault locking: setup/unlock/passphrase change, throttling, auto-lock.
// Must never export anything that yields an extractable vault key.
export { attemptUnlock, type UnlockAttempt } from './attempt-unlock';
export { DEFAULT_IDLE_MINUTES, shouldAutoLock } from './auto-lock';
export { VAULT_HEADER_FORMAT, VaultHeaderSchema, type VaultHeader } from './header';
export {
  BASE_UNLOCK_DELAY_MS,
  checkUnlockAllowed,
  FREE_UNLOCK_ATTEMPTS,
  INITIAL_LOCKOUT_STATE,
  LockoutStateSchema,
  MAX_UNLOCK_DELAY_MS,
  nextUnlockDelay,
  parseLockoutState,
  recordUnlockFailure,
  recordUnlockSuccess,
  type LockoutState,
  type UnlockGate,
} from './unlock-policy';
export {
  changePassphrase,
  createVault,
  MIN_PASSPHRASE_LENGTH,
  unlockVault,
  type UnlockedVault,
} from './vault-lifecycle';
