import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveLead } from '@src/background/lead-handlers';
import { auditStore, db } from '@src/background/services';
import { setUpVault } from '@src/background/vault-handlers';
import { DB_NAME, UPGRADE_STEPS } from '@src/vault/db';
import type { LeadInput } from '@src/messaging/protocol';
import { leadRecord } from '../lead-fixtures';
import { fakeConnector, type FakeConnector } from './fake-connector';
import { freshWorker, TEST_PASSPHRASE, unlockedVault, DEV_MODE_UK_BASIS } from './helpers';

const policy = vi.hoisted(() => ({ connectorPublicJwk: undefined as object | undefined }));

vi.mock('@src/background/vault-settings', async (importOriginal) => {
  const original = await importOriginal<typeof import('@src/background/vault-settings')>();
  return {
    ...original,
    currentVaultSettings: () => Promise.resolve({ ...original.DEFAULT_VAULT_SETTINGS, ...policy }),
  };
});

const input: LeadInput = {
  sourceUrl: 'https://meridian-analytics.co.uk/team',
  person: { name: 'Ada Lovelace', emails: ['ada@meridian-analytics.co.uk'], phones: [], urls: [] },
  provenance: {},
  lawfulBasis: DEV_MODE_UK_BASIS,
};

let fake: FakeConnector;
beforeEach(async () => {
  policy.connectorPublicJwk = undefined;
  fake = await fakeConnector();
});
afterEach(() => vi.unstubAllGlobals());

describe('upgrade from the unencrypted version 1', () => {
  it('drops plaintext leads and records the erasure when the vault is set up', async () => {
    await freshWorker();
    const old = await openDB(DB_NAME, 1, {
      upgrade(database, _o, _n, tx) {
        UPGRADE_STEPS[0]!(database as never, tx as never);
      },
    });
    await old.put('leads', leadRecord());
    await old.put('leads', leadRecord());
    old.close();
    await setUpVault({ type: 'vault.setup', passphrase: TEST_PASSPHRASE });
    expect(await (await db()).count('leads')).toBe(0);
    const events = await (await auditStore()).list();
    expect(events[0]).toMatchObject({ type: 'erase', count: 2, reason: 'policy_change' });
    expect(await (await db()).get('meta', 'migration.droppedPlaintextLeads')).toBeUndefined();
  });
});

describe('connector key pinned by policy', () => {
  it('encrypts to the policy key without asking the connector for its key', async () => {
    await unlockedVault();
    policy.connectorPublicJwk = fake.key.publicJwk;
    const saved = await saveLead({ type: 'leads.save', lead: input });
    expect(saved.delivery.state).toBe('delivered');
    expect(fake.requests).not.toContain('GET /v1/connector-key');
  });

  it('fails delivery (not retryable) when the connector does not hold the policy key', async () => {
    await unlockedVault();
    const other = await fakeConnector();
    policy.connectorPublicJwk = other.key.publicJwk;
    fake = await fakeConnector(fake.key); // the connector answering keeps its own key
    const saved = await saveLead({ type: 'leads.save', lead: input });
    expect(saved.delivery).toMatchObject({ state: 'failed' });
    expect(saved.delivery.lastError).toMatch(/another connector key|cannot be opened/);
    expect(fake.leadCount()).toBe(0);
  });
});
