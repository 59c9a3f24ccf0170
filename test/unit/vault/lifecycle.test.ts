import { describe, expect, it } from 'vitest';
import { VaultPolicyError, VaultUnlockError } from '@src/vault/crypto/errors';
import { MIN_PBKDF2_ITERATIONS } from '@src/vault/crypto/kdf';
import { openRecord, sealRecord } from '@src/vault/crypto/record';
import { VaultHeaderSchema } from '@src/vault/lock/header';
import { changePassphrase, createVault, unlockVault } from '@src/vault/lock/vault-lifecycle';
import * as v from 'valibot';
import { PASSPHRASE, TEST_KDF } from './helpers';

const where = { store: 'leads', id: 'L1', schemaVersion: 1 } as const;

async function expectUnlockError(promise: Promise<unknown>): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VaultUnlockError);
  expect((error as Error).message).toBe(VaultUnlockError.MESSAGE);
}

describe('createVault', () => {
  it('returns a non-extractable working key and a JSON-safe header', async () => {
    const { vaultKey, header } = await createVault(PASSPHRASE, { ...TEST_KDF, now: 42 });
    expect(vaultKey.extractable).toBe(false);
    expect(vaultKey.usages.sort()).toEqual(['unwrapKey', 'wrapKey']);
    expect(v.is(VaultHeaderSchema, header)).toBe(true);
    expect(header.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 1000 });
    expect(header.wrappedAt).toBe(42);
    expect(JSON.parse(JSON.stringify(header))).toEqual(header);
    expect(JSON.stringify(header)).not.toContain(PASSPHRASE);
    await expect(globalThis.crypto.subtle.exportKey('raw', vaultKey)).rejects.toThrow();
  });

  it('uses 600,000 iterations by default (production path)', async () => {
    const created = await createVault(PASSPHRASE);
    expect(created.header.kdf.iterations).toBe(MIN_PBKDF2_ITERATIONS);
    expect(MIN_PBKDF2_ITERATIONS).toBe(600_000);
    const sealed = await sealRecord(created.vaultKey, where, { n: 600_000 });
    const unlocked = await unlockVault(PASSPHRASE, created.header);
    expect(await openRecord(unlocked.vaultKey, sealed, where)).toEqual({ n: 600_000 });
  });

  it('refuses fewer than 600,000 iterations without the test-only flag', async () => {
    await expect(createVault(PASSPHRASE, { iterations: 1000 })).rejects.toThrow(VaultPolicyError);
    await expect(createVault(PASSPHRASE, { iterations: 599_999 })).rejects.toThrow(
      VaultPolicyError,
    );
    await expect(
      createVault(PASSPHRASE, { iterations: 0, unsafeAllowWeakIterationsForTests: true }),
    ).rejects.toThrow(VaultPolicyError);
    await expect(
      createVault(PASSPHRASE, { iterations: 1.5, unsafeAllowWeakIterationsForTests: true }),
    ).rejects.toThrow(VaultPolicyError);
    await expect(
      createVault(PASSPHRASE, { iterations: 20_000_000, unsafeAllowWeakIterationsForTests: true }),
    ).rejects.toThrow(VaultPolicyError);
  });

  it('refuses short passphrases', async () => {
    await expect(createVault('short', TEST_KDF)).rejects.toThrow(VaultPolicyError);
  });

  it('uses a fresh salt each time', async () => {
    const a = await createVault(PASSPHRASE, TEST_KDF);
    const b = await createVault(PASSPHRASE, TEST_KDF);
    expect(a.header.kdf.salt).not.toBe(b.header.kdf.salt);
  });
});

describe('unlockVault', () => {
  it('the right passphrase unlocks a key that opens existing records', async () => {
    const created = await createVault(PASSPHRASE, TEST_KDF);
    const sealed = await sealRecord(created.vaultKey, where, { hello: 'world' });
    const unlocked = await unlockVault(PASSPHRASE, created.header, TEST_KDF);
    expect(unlocked.vaultKey.extractable).toBe(false);
    expect(await openRecord(unlocked.vaultKey, sealed, where)).toEqual({ hello: 'world' });
  });

  it('normalises Unicode (NFC vs NFD of the same passphrase)', async () => {
    const nfc = 'pässwörd-ünïcode';
    const created = await createVault(nfc.normalize('NFC'), TEST_KDF);
    await expect(
      unlockVault(nfc.normalize('NFD'), created.header, TEST_KDF),
    ).resolves.toBeDefined();
  });

  it('a wrong passphrase gives the one opaque error', async () => {
    const { header } = await createVault(PASSPHRASE, TEST_KDF);
    await expectUnlockError(unlockVault('wrong passphrase!!', header, TEST_KDF));
    await expectUnlockError(unlockVault('', header, TEST_KDF));
  });

  it('a tampered or malformed header gives the same error', async () => {
    const { header } = await createVault(PASSPHRASE, TEST_KDF);
    const flip = (s: string): string => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    for (const bad of [
      { ...header, wrappedVaultKey: flip(header.wrappedVaultKey) },
      { ...header, wrap: { ...header.wrap, iv: flip(header.wrap.iv) } },
      { ...header, kdf: { ...header.kdf, salt: flip(header.kdf.salt) } },
      { ...header, kdf: { ...header.kdf, iterations: 1001 } },
      { ...header, extra: 1 },
      null,
      'header',
    ]) {
      await expectUnlockError(unlockVault(PASSPHRASE, bad, TEST_KDF));
    }
  });

  it('refuses a header with weak iterations on the production path', async () => {
    const { header } = await createVault(PASSPHRASE, TEST_KDF);
    await expectUnlockError(unlockVault(PASSPHRASE, header));
  });
});

describe('changePassphrase', () => {
  it('re-wraps the same vault key: old records still open, old passphrase stops working', async () => {
    const created = await createVault(PASSPHRASE, TEST_KDF);
    const sealed = await sealRecord(created.vaultKey, where, { n: 1 });
    const changed = await changePassphrase(
      PASSPHRASE,
      'a brand new passphrase',
      created.header,
      TEST_KDF,
    );
    expect(changed.header.kdf.salt).not.toBe(created.header.kdf.salt);
    expect(changed.header.wrappedVaultKey).not.toBe(created.header.wrappedVaultKey);
    expect(await openRecord(changed.vaultKey, sealed, where)).toEqual({ n: 1 });
    const reopened = await unlockVault('a brand new passphrase', changed.header, TEST_KDF);
    expect(await openRecord(reopened.vaultKey, sealed, where)).toEqual({ n: 1 });
    await expectUnlockError(unlockVault(PASSPHRASE, changed.header, TEST_KDF));
  });

  it('needs the current passphrase and a policy-compliant new one', async () => {
    const { header } = await createVault(PASSPHRASE, TEST_KDF);
    await expectUnlockError(
      changePassphrase('not the passphrase', 'another good one', header, TEST_KDF),
    );
    await expect(changePassphrase(PASSPHRASE, 'short', header, TEST_KDF)).rejects.toThrow(
      VaultPolicyError,
    );
  });
});
