import { describe, expect, it } from 'vitest';
import { VaultSessionError } from '@src/vault/crypto/errors';
import { openRecord, sealRecord } from '@src/vault/crypto/record';
import {
  exportForSession,
  forgetSession,
  importFromSession,
  type SessionBlob,
} from '@src/vault/crypto/session';
import { createVault, unlockVault } from '@src/vault/lock/vault-lifecycle';
import { PASSPHRASE, TEST_KDF } from './helpers';

const where = { store: 'leads', id: 'L1', schemaVersion: 1 } as const;

describe('session export / import', () => {
  it('round-trips through JSON (chrome.storage.session) to a non-extractable key', async () => {
    const { vaultKey } = await createVault(PASSPHRASE, TEST_KDF);
    const sealed = await sealRecord(vaultKey, where, { ok: true });
    const blob = await exportForSession(vaultKey);
    const stored = JSON.parse(JSON.stringify(blob)) as unknown;
    const restored = await importFromSession(stored);
    expect(restored.extractable).toBe(false);
    expect(await openRecord(restored, sealed, where)).toEqual({ ok: true });
    // A restored key can be handed over again (the worker may restart more than once).
    const again = await importFromSession(await exportForSession(restored));
    expect(await openRecord(again, sealed, where)).toEqual({ ok: true });
  });

  it('works after unlockVault too, with a fresh session key per unlock', async () => {
    const { header } = await createVault(PASSPHRASE, TEST_KDF);
    const a = await exportForSession((await unlockVault(PASSPHRASE, header, TEST_KDF)).vaultKey);
    const b = await exportForSession((await unlockVault(PASSPHRASE, header, TEST_KDF)).vaultKey);
    expect(a.sessionKey).not.toBe(b.sessionKey);
  });

  it('the blob never holds the raw key in a single field', async () => {
    const { vaultKey } = await createVault(PASSPHRASE, TEST_KDF);
    const blob = await exportForSession(vaultKey);
    expect(Object.keys(blob).sort()).toEqual(['format', 'iv', 'sealedVaultKey', 'sessionKey']);
    // 32-byte key + 16-byte tag, base64url → 64 characters.
    expect(blob.sealedVaultKey).toHaveLength(64);
  });

  it('refuses keys it did not produce, and forgotten keys', async () => {
    const foreign = await globalThis.crypto.subtle.generateKey(
      { name: 'AES-GCM', length: 256 },
      false,
      ['wrapKey', 'unwrapKey'],
    );
    await expect(exportForSession(foreign)).rejects.toThrow(VaultSessionError);
    const { vaultKey } = await createVault(PASSPHRASE, TEST_KDF);
    forgetSession(vaultKey);
    await expect(exportForSession(vaultKey)).rejects.toThrow(VaultSessionError);
  });

  it('refuses tampered, mixed or malformed blobs', async () => {
    const blobA = await exportForSession((await createVault(PASSPHRASE, TEST_KDF)).vaultKey);
    const blobB = await exportForSession((await createVault(PASSPHRASE, TEST_KDF)).vaultKey);
    const flip = (s: string): string => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    const bad: unknown[] = [
      { ...blobA, sealedVaultKey: flip(blobA.sealedVaultKey) },
      { ...blobA, sessionKey: blobB.sessionKey },
      { ...blobA, iv: flip(blobA.iv) },
      { ...blobA, format: 'other' },
      { ...blobA, extra: 'x' },
      { ...blobA, sessionKey: 'not base64url!' },
      null,
      {},
    ];
    for (const blob of bad) {
      await expect(importFromSession(blob as SessionBlob)).rejects.toThrow(VaultSessionError);
    }
  });
});
