import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shouldAutoLock } from '@src/vault/lock/auto-lock';
import {
  checkUnlockAllowed,
  FREE_UNLOCK_ATTEMPTS,
  INITIAL_LOCKOUT_STATE,
  MAX_UNLOCK_DELAY_MS,
  nextUnlockDelay,
  parseLockoutState,
  recordUnlockFailure,
  recordUnlockSuccess,
} from '@src/vault/lock/unlock-policy';

describe('nextUnlockDelay', () => {
  it('is free for the first attempts, then doubles from 1 s up to a cap', () => {
    expect([0, 1, 2, 3].map(nextUnlockDelay)).toEqual([0, 0, 0, 0]);
    expect([4, 5, 6, 7].map(nextUnlockDelay)).toEqual([1000, 2000, 4000, 8000]);
    expect(nextUnlockDelay(100)).toBe(MAX_UNLOCK_DELAY_MS);
    expect(nextUnlockDelay(Number.MAX_SAFE_INTEGER)).toBe(MAX_UNLOCK_DELAY_MS);
  });

  it('fails closed on nonsense input', () => {
    expect(nextUnlockDelay(Number.NaN)).toBe(MAX_UNLOCK_DELAY_MS);
    expect(nextUnlockDelay(Infinity)).toBe(MAX_UNLOCK_DELAY_MS);
    expect(nextUnlockDelay(-5)).toBe(0);
  });

  it('never decreases as failures grow (property)', () => {
    fc.assert(fc.property(fc.nat(1000), (n) => nextUnlockDelay(n + 1) >= nextUnlockDelay(n)));
  });
});

describe('lockout state', () => {
  it('blocks attempts until the delay has passed and resets on success', () => {
    let state = INITIAL_LOCKOUT_STATE;
    for (let i = 0; i < FREE_UNLOCK_ATTEMPTS; i += 1) {
      state = recordUnlockFailure(state, 1_000);
      expect(checkUnlockAllowed(state, 1_000)).toEqual({ allowed: true });
    }
    state = recordUnlockFailure(state, 10_000);
    expect(state).toEqual({ failedAttempts: 4, notBefore: 11_000, lastFailureAt: 10_000 });
    expect(checkUnlockAllowed(state, 10_400)).toEqual({ allowed: false, retryAfterMs: 600 });
    expect(checkUnlockAllowed(state, 11_000)).toEqual({ allowed: true });
    state = recordUnlockFailure(state, 11_000);
    expect(checkUnlockAllowed(state, 12_000)).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(recordUnlockSuccess()).toEqual(INITIAL_LOCKOUT_STATE);
  });

  it('persists as JSON and fails closed on a corrupted record', () => {
    const state = recordUnlockFailure(INITIAL_LOCKOUT_STATE, 5);
    expect(parseLockoutState(JSON.parse(JSON.stringify(state)), 10)).toEqual(state);
    expect(parseLockoutState(undefined, 10)).toEqual(INITIAL_LOCKOUT_STATE);
    const corrupted = parseLockoutState({ failedAttempts: -1 }, 10);
    expect(checkUnlockAllowed(corrupted, 10)).toEqual({
      allowed: false,
      retryAfterMs: MAX_UNLOCK_DELAY_MS,
    });
  });
});

describe('shouldAutoLock', () => {
  const minute = 60_000;
  it('locks after the idle period, not before', () => {
    expect(shouldAutoLock(0, 14 * minute, 15)).toBe(false);
    expect(shouldAutoLock(0, 15 * minute - 1, 15)).toBe(false);
    expect(shouldAutoLock(0, 15 * minute, 15)).toBe(true);
    expect(shouldAutoLock(0, 60 * minute, 15)).toBe(true);
  });

  it('fails closed: clock moved back, nonsense inputs, non-positive idle time', () => {
    expect(shouldAutoLock(10 * minute, 5 * minute, 15)).toBe(true);
    expect(shouldAutoLock(Number.NaN, 0, 15)).toBe(true);
    expect(shouldAutoLock(0, Number.NaN, 15)).toBe(true);
    expect(shouldAutoLock(0, 1, 0)).toBe(true);
    expect(shouldAutoLock(0, 1, -1)).toBe(true);
    expect(shouldAutoLock(0, 1, Number.NaN)).toBe(true);
  });
});
