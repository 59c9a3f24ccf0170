// The connector's suppression list: keyed hashes in SQLite (migration 3), served at
// GET /v1/suppression; raw identifiers are refused by the store and by the database.
import { describe, expect, it } from 'vitest';
import { createConnectorApp } from '@src/connector/core/app';
import { createJsonLogger } from '@src/connector/node/logger';
import { createSqliteLeadStore, MIGRATIONS, openDatabase } from '@src/connector/node/sqlite-store';
import { createSqliteSuppressionStore } from '@src/connector/node/suppression-store';
import { tempDir, testConnectorKey } from './fixtures';

const A = `hmac-sha256:${'A'.repeat(43)}`;
const B = `hmac-sha256:${'b'.repeat(42)}_`;

async function setup(withList = true) {
  const dir = tempDir();
  const db = openDatabase(dir);
  const suppression = createSqliteSuppressionStore(db);
  const handle = createConnectorApp({
    store: createSqliteLeadStore(db),
    log: createJsonLogger(() => undefined),
    version: 'test',
    key: await testConnectorKey(),
    ...(withList ? { suppression } : {}),
  });
  return { db, dir, suppression, handle };
}

const get = (path = '/v1/suppression', method = 'GET') => ({
  method,
  path,
  headers: { origin: 'chrome-extension://abc' },
  body: '',
});

describe('connector suppression list', () => {
  it('stores keyed hashes once each (migration 3) and serves them', async () => {
    expect(MIGRATIONS).toHaveLength(3);
    const { suppression, handle, db } = await setup();
    expect(await handle(get())).toMatchObject({ status: 200, body: { entries: [], count: 0 } });
    expect(suppression.add([A, B], '2026-11-23T10:00:00.000Z')).toBe(2);
    expect(suppression.add([A], '2026-11-23T11:00:00.000Z')).toBe(0);
    const response = await handle(get());
    expect(response).toMatchObject({ status: 200, body: { count: 2 } });
    expect((response.body as { entries: string[] }).entries.sort()).toEqual([A, B].sort());
    expect(await handle(get('/v1/suppression?since=0'))).toMatchObject({ status: 200 });
    db.close();
  });

  it('refuses raw identifiers in the store and in the table itself', async () => {
    const { suppression, db } = await setup();
    expect(() => suppression.add([A, 'ada@example.com'], 'now')).toThrow(/keyed hashes/);
    expect(suppression.list()).toEqual([]);
    expect(() =>
      db.prepare('INSERT INTO suppression (entry, added_at) VALUES (?, ?)').run('ada@x.y', 'now'),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('answers 405 for other methods and 404 when it keeps no list', async () => {
    const { handle, db } = await setup();
    expect(await handle(get('/v1/suppression', 'POST'))).toMatchObject({ status: 405 });
    db.close();
    const bare = await setup(false);
    expect(await bare.handle(get())).toMatchObject({ status: 404 });
    bare.db.close();
  });
});
