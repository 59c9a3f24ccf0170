// A real connector (core app + SQLite in a temp dir) behind a stubbed global fetch, so background
// tests exercise the whole envelope path: key fetch, device enrolment, envelope intake.
import Database from 'better-sqlite3';
import { vi } from 'vitest';
import { createConnectorApp } from '@src/connector/core/app';
import type { ConnectorKey } from '@src/connector/core/types';
import { createSqliteLeadStore, migrate } from '@src/connector/node/sqlite-store';
import { testConnectorKey } from '../connector/fixtures';

export interface FakeConnector {
  key: ConnectorKey;
  db: Database.Database;
  requests: string[];
  /** 'up' answers, 'down' fails like an unreachable host, a number answers that status. */
  mode: 'up' | 'down' | number;
  leadCount(): number;
}

export async function fakeConnector(key?: ConnectorKey): Promise<FakeConnector> {
  const db = new Database(':memory:');
  migrate(db);
  const connectorKey = key ?? (await testConnectorKey());
  const handle = createConnectorApp({
    store: createSqliteLeadStore(db),
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    version: 'test',
    key: connectorKey,
  });
  const fake: FakeConnector = {
    key: connectorKey,
    db,
    requests: [],
    mode: 'up',
    leadCount: () => (db.prepare('SELECT COUNT(*) AS n FROM leads').get() as { n: number }).n,
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const path = new URL(url).pathname;
      fake.requests.push(`${init.method ?? 'GET'} ${path}`);
      if (fake.mode === 'down') throw new TypeError('Failed to fetch');
      if (typeof fake.mode === 'number') return new Response('{}', { status: fake.mode });
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => (headers[name] = value));
      const response = await handle({
        method: init.method ?? 'GET',
        path,
        headers,
        body: typeof init.body === 'string' ? init.body : '',
      });
      return new Response(response.body === undefined ? null : JSON.stringify(response.body), {
        status: response.status,
        headers: response.headers,
      });
    }),
  );
  return fake;
}
