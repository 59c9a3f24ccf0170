import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  DB_NAME,
  DB_VERSION,
  DROPPED_PLAINTEXT_LEADS_KEY,
  openLeadsDb,
  UPGRADE_STEPS,
} from '@src/vault/db';
import { createLeadRepository, LEADS_STORE } from '@src/vault/lead-repository';
import { VaultDecryptionError } from '@src/vault/crypto';
import { leadRecord } from '../lead-fixtures';
import { testVaultKey } from '../vault/helpers';

const END = Date.parse('2027-02-21T10:00:00.000Z');

async function sealedRepo() {
  const db = await openLeadsDb();
  const key = await testVaultKey();
  return { db, key, repo: createLeadRepository(db, () => Promise.resolve(key)) };
}

/** Every byte the database holds for the leads, as text (UTF-8 and Latin-1 views of byte arrays). */
async function dumpStores(db: Awaited<ReturnType<typeof openLeadsDb>>): Promise<string> {
  const parts: string[] = [];
  for (const store of db.objectStoreNames) {
    const rows = await db.getAll(store);
    parts.push(
      JSON.stringify(rows, (_k, value: unknown) =>
        value instanceof Uint8Array
          ? new TextDecoder().decode(value) + Buffer.from(value).toString('latin1')
          : value,
      ),
    );
  }
  return parts.join('\n');
}

describe('extension database', () => {
  it('creates the current schema on first open', async () => {
    const db = await openLeadsDb();
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual([
      'audit',
      'keys',
      'leads',
      'meta',
      'recordKeys',
    ]);
    expect([...db.transaction('leads').store.indexNames].sort()).toEqual([
      'by-createdAt',
      'by-deliveryState',
      'by-retentionEnd',
    ]);
    db.close();
  });

  it('drops unencrypted version-1 leads on upgrade and remembers how many (for the audit trail)', async () => {
    const old = await openDB(DB_NAME, 1, {
      upgrade(db, _o, _n, tx) {
        UPGRADE_STEPS[0]!(db as never, tx as never);
      },
    });
    await old.put('leads', leadRecord());
    await old.put('leads', leadRecord());
    await old.put('meta', { key: 'kept', value: 1 });
    old.close();
    const db = await openLeadsDb();
    expect(await db.count('leads')).toBe(0);
    expect(await db.get('meta', DROPPED_PLAINTEXT_LEADS_KEY)).toEqual({
      key: DROPPED_PLAINTEXT_LEADS_KEY,
      value: 2,
    });
    expect(await db.get('meta', 'kept')).toEqual({ key: 'kept', value: 1 });
    expect(await dumpStores(db)).not.toContain('Ada Lovelace');
    db.close();
  });

  it('records nothing when an empty version-1 database is upgraded', async () => {
    const old = await openDB(DB_NAME, 1, {
      upgrade(db, _o, _n, tx) {
        UPGRADE_STEPS[0]!(db as never, tx as never);
      },
    });
    old.close();
    const db = await openLeadsDb();
    expect(await db.get('meta', DROPPED_PLAINTEXT_LEADS_KEY)).toBeUndefined();
    db.close();
  });
});

describe('sealed lead repository', () => {
  it('puts, gets, lists newest first and updates records', async () => {
    const { repo } = await sealedRepo();
    const older = leadRecord({ createdAt: '2026-11-01T00:00:00.000Z' });
    const newer = leadRecord({ createdAt: '2026-11-20T00:00:00.000Z' });
    await repo.put(older, END);
    await repo.put(newer, END);
    expect((await repo.list()).map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(await repo.get(older.id)).toEqual(older);
    const updated = await repo.update(older.id, (r) => ({
      ...r,
      delivery: { state: 'delivered', attempts: 1, deliveredAt: '2026-11-21T00:00:00.000Z' },
    }));
    expect(updated?.delivery.state).toBe('delivered');
    expect((await repo.get(older.id))?.delivery.state).toBe('delivered');
    expect(await repo.index()).toEqual([
      { id: newer.id, createdAt: newer.createdAt, deliveryState: 'pending', retentionEnd: END },
      {
        id: older.id,
        createdAt: older.createdAt,
        deliveryState: 'delivered',
        retentionEnd: END,
        deliveredAt: Date.parse('2026-11-21T00:00:00.000Z'),
      },
    ]);
  });

  it('keeps no plaintext of the person anywhere in the database', async () => {
    const { db, repo } = await sealedRepo();
    const record = leadRecord({
      person: {
        name: 'Ada Lovelace',
        emails: ['ada@meridian-analytics.co.uk'],
        phones: ['+442079460958'],
        urls: [],
        organization: 'Meridian Analytics',
      },
    });
    await repo.put(record, END);
    await repo.update(record.id, (r) => ({ ...r, updatedAt: '2026-11-24T00:00:00.000Z' }));
    const dump = await dumpStores(db);
    for (const value of [
      'Ada Lovelace',
      'ada@meridian',
      '+442079460958',
      'Meridian',
      'meridian-analytics.co.uk/team',
    ])
      expect(dump).not.toContain(value);
    expect(dump).toContain(record.id);
  });

  it('keeps the wrapped data key apart from the body, and erase deletes both (crypto-shredding)', async () => {
    const { db, repo, key } = await sealedRepo();
    const record = leadRecord();
    await repo.put(record, END);
    const body = await db.get('leads', record.id);
    expect(body?.sealed).not.toHaveProperty('wrappedDek');
    expect(await db.get('recordKeys', [LEADS_STORE, record.id])).toBeDefined();
    expect(await repo.erase(record.id)).toBe(true);
    expect(await repo.erase(record.id)).toBe(false);
    expect(await db.get('recordKeys', [LEADS_STORE, record.id])).toBeUndefined();
    expect(await repo.get(record.id)).toBeUndefined();
    // A copy of the body made before the erase is useless without its data key.
    const { openRecord } = await import('@src/vault/crypto');
    await expect(
      openRecord(key, body!.sealed, { store: LEADS_STORE, id: record.id, schemaVersion: 1 }),
    ).rejects.toBeInstanceOf(VaultDecryptionError);
  });

  it('refuses to open a body moved under another record id', async () => {
    const { db, repo } = await sealedRepo();
    const a = leadRecord();
    const b = leadRecord();
    await repo.put(a, END);
    await repo.put(b, END);
    const bodyA = await db.get('leads', a.id);
    await db.put('leads', { ...bodyA!, id: b.id });
    await expect(repo.get(b.id)).rejects.toBeInstanceOf(VaultDecryptionError);
    expect((await repo.list()).map((r) => r.id)).toEqual([a.id]);
  });

  it('cannot be read with another vault key', async () => {
    const { db, repo } = await sealedRepo();
    const record = leadRecord();
    await repo.put(record, END);
    const other = await testVaultKey();
    const thief = createLeadRepository(db, () => Promise.resolve(other));
    await expect(thief.get(record.id)).rejects.toBeInstanceOf(VaultDecryptionError);
  });

  it('updating a missing record changes nothing and says so', async () => {
    const { repo } = await sealedRepo();
    expect(await repo.update('missing', (r) => r)).toBeUndefined();
    expect(await repo.list()).toEqual([]);
  });

  it('refuses every operation when the key is unavailable (locked), and writes nothing', async () => {
    const db = await openLeadsDb();
    const repo = createLeadRepository(db, () => Promise.reject(new Error('locked')));
    await expect(repo.put(leadRecord(), END)).rejects.toThrow('locked');
    expect(await db.count('leads')).toBe(0);
    expect(await repo.index()).toEqual([]);
  });
});
