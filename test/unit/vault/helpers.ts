// Test helpers for the vault: fast vaults (explicitly weak KDF, test-only flag) and byte flips.
import { createVault } from '@src/vault/lock/vault-lifecycle';

export const TEST_KDF = { iterations: 1_000, unsafeAllowWeakIterationsForTests: true } as const;
export const PASSPHRASE = 'correct horse battery staple';

export async function testVaultKey(): Promise<CryptoKey> {
  return (await createVault(PASSPHRASE, TEST_KDF)).vaultKey;
}

export function flipByte(bytes: Uint8Array, index: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}
