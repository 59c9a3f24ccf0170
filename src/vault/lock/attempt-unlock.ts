// One throttled unlock attempt: checks the persisted lockout state, tries the passphrase, and
// returns the new lockout state for the lead to persist (and audit: unlock / unlock_failed).
// Must never reveal why an attempt failed beyond "failed" or "throttled", and never run the KDF
// while throttled.

import { VaultUnlockError } from '../crypto/errors';
import type { KdfOptions } from '../crypto/kdf';
import {
  checkUnlockAllowed,
  recordUnlockFailure,
  recordUnlockSuccess,
  type LockoutState,
} from './unlock-policy';
import { unlockVault, type UnlockedVault } from './vault-lifecycle';

export type UnlockAttempt =
  | { readonly outcome: 'unlocked'; readonly vault: UnlockedVault; readonly state: LockoutState }
  | { readonly outcome: 'failed'; readonly state: LockoutState; readonly retryAfterMs: number }
  | { readonly outcome: 'throttled'; readonly state: LockoutState; readonly retryAfterMs: number };

/** Runs one attempt at time `now` (epoch ms). Persist `state` whatever the outcome. */
export async function attemptUnlock(
  passphrase: string,
  header: unknown,
  state: LockoutState,
  now: number,
  options: KdfOptions = {},
): Promise<UnlockAttempt> {
  const gate = checkUnlockAllowed(state, now);
  if (!gate.allowed) return { outcome: 'throttled', state, retryAfterMs: gate.retryAfterMs };
  try {
    const vault = await unlockVault(passphrase, header, options);
    return { outcome: 'unlocked', vault, state: recordUnlockSuccess() };
  } catch (error) {
    if (!(error instanceof VaultUnlockError)) throw error;
    const next = recordUnlockFailure(state, now);
    return { outcome: 'failed', state: next, retryAfterMs: Math.max(0, next.notBefore - now) };
  }
}
