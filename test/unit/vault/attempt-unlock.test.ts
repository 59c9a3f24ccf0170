import { describe, expect, it } from 'vitest';
import { VaultUnlockError } from '@src/vault/crypto/errors';
import { attemptUnlock } from '@src/vault/lock/attempt-unlock';
import { FREE_UNLOCK_ATTEMPTS, INITIAL_LOCKOUT_STATE } from '@src/vault/lock/unlock-policy';
import { createVault } from '@src/vault/lock/vault-lifecycle';
import { PASSPHRASE, TEST_KDF } from './helpers';

describe('attemptUnlock', () => {
  it('wrong passphrases grow the delay; throttled attempts do not run; success resets', async () => {
    const { header } = await createVault(PASSPHRASE, TEST_KDF);
    let state = INITIAL_LOCKOUT_STATE;
    let now = 1_000_000;
    for (let i = 0; i < FREE_UNLOCK_ATTEMPTS; i += 1) {
      const attempt = await attemptUnlock('wrong passphrase', header, state, now, TEST_KDF);
      expect(attempt).toMatchObject({ outcome: 'failed', retryAfterMs: 0 });
      state = attempt.state;
    }
    const fourth = await attemptUnlock('wrong passphrase', header, state, now, TEST_KDF);
    expect(fourth).toMatchObject({ outcome: 'failed', retryAfterMs: 1000 });
    state = fourth.state;

    // Even the right passphrase is not tried while throttled.
    const throttled = await attemptUnlock(PASSPHRASE, header, state, now + 500, TEST_KDF);
    expect(throttled).toEqual({ outcome: 'throttled', state, retryAfterMs: 500 });

    now += 1000;
    const fifth = await attemptUnlock('still wrong', header, state, now, TEST_KDF);
    expect(fifth).toMatchObject({ outcome: 'failed', retryAfterMs: 2000 });
    state = fifth.state;

    now += 2000;
    const ok = await attemptUnlock(PASSPHRASE, header, state, now, TEST_KDF);
    expect(ok.outcome).toBe('unlocked');
    expect(ok.state).toEqual(INITIAL_LOCKOUT_STATE);
    if (ok.outcome === 'unlocked') expect(ok.vault.vaultKey.extractable).toBe(false);
  });

  it('a tampered header counts as a failed attempt (same opaque outcome)', async () => {
    const { header } = await createVault(PASSPHRASE, TEST_KDF);
    const attempt = await attemptUnlock(
      PASSPHRASE,
      { ...header, wrappedVaultKey: 'AAAA' },
      INITIAL_LOCKOUT_STATE,
      0,
      TEST_KDF,
    );
    expect(attempt.outcome).toBe('failed');
    expect(VaultUnlockError.MESSAGE).toBe('Vault unlock failed');
  });
});
