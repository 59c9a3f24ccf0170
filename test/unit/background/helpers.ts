// Shared set-up for background tests: a fresh worker (no key in memory, new database handle),
// a fast test-only KDF, and an unlocked vault.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetPolicyService } from '@src/background/policy-service';
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

/** Deploys `policy` as enterprise-managed storage and makes the next read pick it up. */
export async function managedPolicy(policy: unknown): Promise<void> {
  await fakeBrowser.storage.managed.set({ policy });
  resetPolicyService();
}

/** A fresh worker with an unlocked vault, no policy read yet, and a connector that accepts (201). */
export async function freshBackgroundWithConnector(): Promise<void> {
  resetPolicyService();
  await closeServices();
  await unlockedVault();
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response('{}', { status: 201 }))),
  );
}

/**
 * What a salesperson picks in development mode (no administrator policy) for a UK business
 * contact: the jurisdiction confirmed, legitimate interests and their own LIA summary.
 */
export const DEV_MODE_UK_BASIS = {
  jurisdiction: 'UK',
  purposeId: 'sales_prospecting',
  basis: 'legitimate_interests',
  liaSummary:
    'B2B outreach to a work contact the company publishes; necessary to offer our services; low impact, easy opt-out.',
} as const;
