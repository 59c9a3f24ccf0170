// The unlocked vault key of this worker: kept in memory, handed over across service-worker
// restarts only through memory-only session storage (storage.session), and dropped on lock.
// Must never write the key (or its session blob) to disk storage, and must fail closed: no blob,
// a bad blob or an idle timeout all mean "locked".
import { browser } from 'wxt/browser';
import { RequestError } from '@src/messaging/errors';
import { bilingual } from '@src/ui/i18n/bilingual';
import { ERROR_CODES } from '@src/messaging/protocol';
import { exportForSession, forgetSession, importFromSession } from '@src/vault/crypto';
import { shouldAutoLock } from '@src/vault/lock';
import { currentVaultSettings } from './vault-settings';

export const SESSION_KEY = 'vault.session';
export const ACTIVITY_KEY = 'vault.lastActivity';

let inMemory: CryptoKey | undefined;
/** Called when an idle timeout is found while serving a request (the lifecycle audits it). */
let onIdleLock: (() => Promise<void>) | undefined;

export function setIdleLockHandler(handler: () => Promise<void>): void {
  onIdleLock = handler;
}

export async function holdVaultKey(key: CryptoKey, now = Date.now()): Promise<void> {
  inMemory = key;
  await browser.storage.session.set({
    [SESSION_KEY]: await exportForSession(key),
    [ACTIVITY_KEY]: now,
  });
}

/** Drops the key and the capture drafts (personal data kept in session storage while unlocked). */
export async function dropVaultKey(): Promise<void> {
  if (inMemory) forgetSession(inMemory);
  inMemory = undefined;
  const drafts = Object.keys(await browser.storage.session.get(null)).filter((key) =>
    key.startsWith('capture.drafts.'),
  );
  await browser.storage.session.remove([SESSION_KEY, ACTIVITY_KEY, ...drafts]);
}

/** For tests: forget the in-memory key as a worker restart would (session storage stays). */
export function simulateWorkerRestart(): void {
  inMemory = undefined;
}

/** The key if unlocked (re-imported from session storage after a restart), else undefined. */
export async function currentVaultKey(): Promise<CryptoKey | undefined> {
  if (inMemory) return inMemory;
  const stored = await browser.storage.session.get(SESSION_KEY);
  if (stored[SESSION_KEY] === undefined) return undefined;
  try {
    inMemory = await importFromSession(stored[SESSION_KEY]);
    return inMemory;
  } catch {
    await browser.storage.session.remove(SESSION_KEY);
    return undefined;
  }
}

export async function isIdle(now = Date.now()): Promise<boolean> {
  const stored = await browser.storage.session.get(ACTIVITY_KEY);
  const last = stored[ACTIVITY_KEY];
  const { autoLockIdleMinutes } = await currentVaultSettings();
  return shouldAutoLock(typeof last === 'number' ? last : Number.NaN, now, autoLockIdleMinutes);
}

/** The vault key for an operation the user asked for; counts as activity. Locked → RequestError. */
export async function requireVaultKey(): Promise<CryptoKey> {
  const key = await currentVaultKey();
  if (key && (await isIdle())) {
    if (onIdleLock) await onIdleLock();
    else await dropVaultKey();
  } else if (key) {
    await browser.storage.session.set({ [ACTIVITY_KEY]: Date.now() });
    return key;
  }
  throw new RequestError(ERROR_CODES.locked, bilingual('errVaultLocked'));
}
