// Unlock throttling: a pure delay policy and a lockout state record that the lead persists (so
// restarting the worker or the browser does not reset it). Must never store the passphrase or
// anything derived from it; time is always passed in (no clocks here).

import * as v from 'valibot';

/** Failures allowed before delays start. */
export const FREE_UNLOCK_ATTEMPTS = 3;
export const BASE_UNLOCK_DELAY_MS = 1_000;
export const MAX_UNLOCK_DELAY_MS = 15 * 60_000;

/**
 * Delay to impose before the next attempt after `failedAttempts` consecutive failures:
 * 0 for the first FREE_UNLOCK_ATTEMPTS, then 1 s, 2 s, 4 s, … doubling, capped at 15 minutes.
 */
export function nextUnlockDelay(failedAttempts: number): number {
  if (Number.isNaN(failedAttempts) || failedAttempts === Infinity) return MAX_UNLOCK_DELAY_MS;
  if (failedAttempts <= FREE_UNLOCK_ATTEMPTS) return 0;
  const exponent = Math.min(Math.floor(failedAttempts) - FREE_UNLOCK_ATTEMPTS - 1, 30);
  return Math.min(BASE_UNLOCK_DELAY_MS * 2 ** exponent, MAX_UNLOCK_DELAY_MS);
}

export const LockoutStateSchema = v.strictObject({
  failedAttempts: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  /** Epoch ms before which no unlock attempt is allowed. */
  notBefore: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  lastFailureAt: v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
});
export type LockoutState = v.InferOutput<typeof LockoutStateSchema>;

export const INITIAL_LOCKOUT_STATE: LockoutState = Object.freeze({
  failedAttempts: 0,
  notBefore: 0,
  lastFailureAt: null,
});

/** Parses a persisted state; anything unreadable becomes a maximal lockout (fail closed). */
export function parseLockoutState(stored: unknown, now: number): LockoutState {
  if (stored === undefined || stored === null) return INITIAL_LOCKOUT_STATE;
  const parsed = v.safeParse(LockoutStateSchema, stored);
  if (parsed.success) return parsed.output;
  return { failedAttempts: 0, notBefore: now + MAX_UNLOCK_DELAY_MS, lastFailureAt: now };
}

export type UnlockGate =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

/** Whether an unlock attempt may run now. */
export function checkUnlockAllowed(state: LockoutState, now: number): UnlockGate {
  if (now >= state.notBefore) return { allowed: true };
  return { allowed: false, retryAfterMs: state.notBefore - now };
}

/** State after a failed attempt at `now`. */
export function recordUnlockFailure(state: LockoutState, now: number): LockoutState {
  const failedAttempts = state.failedAttempts + 1;
  return { failedAttempts, notBefore: now + nextUnlockDelay(failedAttempts), lastFailureAt: now };
}

/** State after a successful unlock: counters reset. */
export function recordUnlockSuccess(): LockoutState {
  return INITIAL_LOCKOUT_STATE;
}
