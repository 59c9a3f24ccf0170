import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, openLeadsDb } from '@src/vault/db';
import { createLeadRepository } from '@src/vault/lead-repository';
import { leadRecord } from '../lead-fixtures';

describe('extension database', () => {
  it('creates the current schema on first open', async () => {
    const db = await openLeadsDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['leads', 'meta']);
    expect([...db.transaction('leads').store.indexNames].sort()).toEqual([
      'by-createdAt',
      'by-deliveryState',
    ]);
    db.close();
  });

  it('upgrades an older database without losing what it holds', async () => {
    const old = await openDB(DB_NAME, 1, {
      upgrade(db) {
        const leads = db.createObjectStore('leads', { keyPath: 'id' });
        leads.createIndex('by-createdAt', 'createdAt');
        leads.createIndex('by-deliveryState', 'delivery.state');
        db.createObjectStore('meta', { keyPath: 'key' });
      },
    });
    const record = leadRecord();
    await old.put('leads', record);
    old.close();
    const db = await openLeadsDb();
    expect(await db.get('leads', record.id)).toEqual(record);
    db.close();
  });
});

describe('lead repository', () => {
  it('puts, gets, lists newest first and updates records', async () => {
    const repo = createLeadRepository(await openLeadsDb());
    const older = leadRecord({ createdAt: '2026-11-01T00:00:00.000Z' });
    const newer = leadRecord({ createdAt: '2026-11-20T00:00:00.000Z' });
    await repo.put(older);
    await repo.put(newer);
    expect((await repo.list()).map((r) => r.id)).toEqual([newer.id, older.id]);
    const updated = await repo.update(older.id, (r) => ({
      ...r,
      delivery: { state: 'delivered', attempts: 1 },
    }));
    expect(updated?.delivery.state).toBe('delivered');
    expect((await repo.get(older.id))?.delivery.state).toBe('delivered');
  });

  it('updating a missing record changes nothing and says so', async () => {
    const repo = createLeadRepository(await openLeadsDb());
    expect(await repo.update('missing', (r) => r)).toBeUndefined();
    expect(await repo.list()).toEqual([]);
  });
});
