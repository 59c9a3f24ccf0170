// Shared set-up for background tests: a fresh worker (no key in memory, new database handle),
// a fast test-only KDF, and an unlocked vault.
import { closeServices } from '@src/background/services';
import { setUpVault, useWeakKdfForTests } from '@src/background/vault-handlers';
import { simulateWorkerRestart } from '@src/background/vault-key';

export const TEST_PASSPHRASE = 'correct horse battery staple';

export async function freshWorker(): Promise<void> {
  simulateWorkerRestart();
  await closeServices();
  useWeakKdfForTests();
}

export async function unlockedVault(): Promise<void> {
  await freshWorker();
  await setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE });
}
