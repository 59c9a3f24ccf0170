// First-run setup, unlock, lock, passphrase change, status and remote wipe of the vault, with the
// audit events each one leaves. Wrong passphrases get one opaque error and a growing delay.
// Must never log, store or return a passphrase, and never tell why an unlock failed.
import { browser } from 'wxt/browser';
import type { AuditReason } from '@src/audit';
import { RequestError } from '@src/messaging/errors';
import { bilingual } from '@src/ui/i18n/bilingual';
import { ERROR_CODES, type RequestOf } from '@src/messaging/protocol';
import type { VaultStatus } from '@src/messaging/responses';
import { VaultPolicyError, VaultUnlockError, type KdfOptions } from '@src/vault/crypto';
import { createDeviceIdentity } from '@src/vault/envelope';
import { DROPPED_PLAINTEXT_LEADS_KEY } from '@src/vault/db';
import {
  attemptUnlock,
  changePassphrase,
  checkUnlockAllowed,
  createVault,
  MIN_PASSPHRASE_LENGTH,
  parseLockoutState,
} from '@src/vault/lock';
import { deleteMeta, getMeta, META_KEYS, setMeta } from '@src/vault/meta';
import { recordAudit } from './audit-service';
import { db } from './services';
import {
  currentVaultKey,
  dropVaultKey,
  holdVaultKey,
  isIdle,
  setIdleLockHandler,
} from './vault-key';

export const AUTO_LOCK_ALARM = 'vault.autoLock';

let kdfOptions: KdfOptions = {};

/** Unit tests only: fewer PBKDF2 iterations so tests run fast. Production never calls this. */
export function useWeakKdfForTests(iterations = 1_000): void {
  kdfOptions = { iterations, unsafeAllowWeakIterationsForTests: true };
}

// Set-up, unlock, lock and passphrase change run one at a time, so two attempts sent together
// cannot both read the same lockout state (each failure counts) or both create a vault.
let lifecycle: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = lifecycle.then(work, work);
  lifecycle = next.catch(() => undefined);
  return next;
}

async function header(): Promise<unknown> {
  return getMeta(await db(), META_KEYS.vaultHeader);
}

export async function vaultStatus(): Promise<VaultStatus> {
  const database = await db();
  const hasHeader = (await getMeta(database, META_KEYS.vaultHeader)) !== undefined;
  const now = Date.now();
  const lockout = parseLockoutState(await getMeta(database, META_KEYS.lockout), now);
  const gate = checkUnlockAllowed(lockout, now);
  const unlocked = hasHeader && (await currentVaultKey()) !== undefined;
  return {
    state: !hasHeader ? 'new' : unlocked ? 'unlocked' : 'locked',
    minPassphraseLength: MIN_PASSPHRASE_LENGTH,
    retryAfterMs: gate.allowed ? 0 : gate.retryAfterMs,
  };
}

/** A refused passphrase or KDF setting; the passphrase itself only decides which message. */
function policyError(passphrase: string) {
  return (error: unknown): never => {
    if (!(error instanceof VaultPolicyError)) throw error;
    throw new RequestError(
      ERROR_CODES.invalid,
      [...passphrase].length < MIN_PASSPHRASE_LENGTH
        ? bilingual('errPassphraseShort', { min: MIN_PASSPHRASE_LENGTH })
        : bilingual('errVaultPolicy', { detail: error.message }),
    );
  };
}

async function startAutoLock(): Promise<void> {
  await browser.alarms.create(AUTO_LOCK_ALARM, { periodInMinutes: 1 });
}

export function setUpVault(request: RequestOf<'vault.setup'>): Promise<VaultStatus> {
  return oneAtATime(() => setUpOnce(request));
}

async function setUpOnce(request: RequestOf<'vault.setup'>): Promise<VaultStatus> {
  const database = await db();
  if ((await header()) !== undefined)
    throw new RequestError(ERROR_CODES.vaultState, bilingual('errVaultExists'));
  const vault = await createVault(request.passphrase, kdfOptions).catch(
    policyError(request.passphrase),
  );
  const device = await createDeviceIdentity();
  await database.put('keys', {
    name: 'device',
    privateKey: device.privateKey,
    publicKey: device.publicKey,
    createdAt: Date.now(),
  });
  await setMeta(database, META_KEYS.vaultHeader, vault.header);
  await holdVaultKey(vault.vaultKey);
  await startAutoLock();
  const dropped = await getMeta(database, DROPPED_PLAINTEXT_LEADS_KEY);
  if (typeof dropped === 'number' && dropped > 0) {
    await recordAudit({ type: 'erase', count: dropped, reason: 'policy_change' });
    await deleteMeta(database, DROPPED_PLAINTEXT_LEADS_KEY);
  }
  await recordAudit({ type: 'unlock', deviceKid: device.kid, outcome: 'ok' });
  return vaultStatus();
}

export function unlock(request: RequestOf<'vault.unlock'>): Promise<VaultStatus> {
  return oneAtATime(() => unlockOnce(request));
}

async function unlockOnce(request: RequestOf<'vault.unlock'>): Promise<VaultStatus> {
  const database = await db();
  const stored = await header();
  if (stored === undefined)
    throw new RequestError(ERROR_CODES.vaultState, bilingual('errVaultSetupFirst'));
  const now = Date.now();
  const state = parseLockoutState(await getMeta(database, META_KEYS.lockout), now);
  const attempt = await attemptUnlock(request.passphrase, stored, state, now, kdfOptions);
  await setMeta(database, META_KEYS.lockout, attempt.state);
  if (attempt.outcome === 'unlocked') {
    await holdVaultKey(attempt.vault.vaultKey);
    await startAutoLock();
    await recordAudit({ type: 'unlock', outcome: 'ok' });
    return vaultStatus();
  }
  const seconds = Math.ceil(attempt.retryAfterMs / 1000);
  if (attempt.outcome === 'throttled') {
    await recordAudit({ type: 'unlock_failed', reason: 'locked_out' });
    throw new RequestError(ERROR_CODES.throttled, bilingual('errThrottled', { seconds }));
  }
  await recordAudit({
    type: 'unlock_failed',
    reason: 'wrong_passphrase',
    count: attempt.state.failedAttempts,
  });
  throw new RequestError(
    ERROR_CODES.unlockFailed,
    seconds > 0 ? bilingual('errUnlockFailedWait', { seconds }) : bilingual('errUnlockFailed'),
  );
}

export async function lockVault(reason: AuditReason = 'manual'): Promise<VaultStatus> {
  const wasUnlocked = (await currentVaultKey()) !== undefined;
  await dropVaultKey();
  await browser.alarms.clear(AUTO_LOCK_ALARM);
  if (wasUnlocked) await recordAudit({ type: 'lock', reason });
  return vaultStatus();
}

setIdleLockHandler(async () => {
  await lockVault('idle');
});

export function changeVaultPassphrase(
  request: RequestOf<'vault.changePassphrase'>,
): Promise<VaultStatus> {
  return oneAtATime(() => changeOnce(request));
}

async function changeOnce(request: RequestOf<'vault.changePassphrase'>): Promise<VaultStatus> {
  const database = await db();
  const stored = await header();
  if (stored === undefined)
    throw new RequestError(ERROR_CODES.vaultState, bilingual('errVaultSetupFirst'));
  let changed;
  try {
    changed = await changePassphrase(request.current, request.next, stored, kdfOptions);
  } catch (error) {
    if (error instanceof VaultUnlockError)
      throw new RequestError(ERROR_CODES.unlockFailed, bilingual('errUnlockFailed'));
    return policyError(request.next)(error);
  }
  // Only the wrapped vault key changes: records and their data keys are untouched.
  await setMeta(database, META_KEYS.vaultHeader, changed.header);
  await holdVaultKey(changed.vaultKey);
  return vaultStatus();
}

/** Checks the idle timeout (alarm); locks with an `idle` audit event when it has passed. */
export async function checkAutoLock(): Promise<void> {
  if ((await currentVaultKey()) !== undefined && (await isIdle())) await lockVault('idle');
}

/** On browser start: the session (and with it the key) is gone; record the implicit lock. */
export async function recordBrowserClosedLock(): Promise<void> {
  if ((await header()) !== undefined) await recordAudit({ type: 'lock', reason: 'browser_closed' });
}
