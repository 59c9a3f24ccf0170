// SQLite storage for the connector (better-sqlite3, WAL mode) with ordered schema migrations.
// Must never change an applied migration: append a new one. Must never log stored payloads.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LeadSubmission } from '@src/lead/wire';
import type {
  EnrolOutcome,
  EnvelopeReceipt,
  InsertOutcome,
  LeadStore,
  StoredDevice,
  StoredLeadMeta,
} from '../core/types';

export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE leads (
     id TEXT PRIMARY KEY,
     received_at TEXT NOT NULL,
     captured_at TEXT NOT NULL,
     source_url TEXT NOT NULL,
     payload TEXT NOT NULL,
     payload_sha256 TEXT NOT NULL
   ) STRICT;
   CREATE INDEX leads_received_at ON leads (received_at);`,
  `CREATE TABLE devices (
     kid TEXT PRIMARY KEY,
     public_jwk TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('approved', 'revoked')),
     enrolled_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE envelopes_seen (
     jti TEXT PRIMARY KEY,
     iat INTEGER NOT NULL,
     device_kid TEXT NOT NULL,
     lead_id TEXT NOT NULL,
     received_at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX envelopes_seen_iat ON envelopes_seen (iat);`,
  `CREATE TABLE suppression (
     entry TEXT PRIMARY KEY CHECK (entry GLOB 'hmac-sha256:*'),
     added_at TEXT NOT NULL
   ) STRICT;`,
];

export const DATABASE_FILE = 'connector.sqlite';

export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

export function migrate(db: Database.Database): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT',
  );
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  const current = row.version ?? 0;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `Database schema version ${current} is newer than this connector (${MIGRATIONS.length})`,
    );
  }
  const apply = db.transaction((version: number, sql: string) => {
    db.exec(sql);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
      version,
      new Date().toISOString(),
    );
  });
  for (let version = current + 1; version <= MIGRATIONS.length; version += 1) {
    apply(version, MIGRATIONS[version - 1]!);
  }
  return MIGRATIONS.length;
}

export function createSqliteLeadStore(db: Database.Database): LeadStore {
  const find = db.prepare<[string], { payload_sha256: string; received_at: string }>(
    'SELECT payload_sha256, received_at FROM leads WHERE id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO leads (id, received_at, captured_at, source_url, payload, payload_sha256) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertOnce = db.transaction(
    (lead: LeadSubmission, hash: string, receivedAt: string): InsertOutcome => {
      const existing = find.get(lead.id);
      if (existing) return existing.payload_sha256 === hash ? 'duplicate' : 'conflict';
      insert.run(lead.id, receivedAt, lead.capturedAt, lead.sourceUrl, JSON.stringify(lead), hash);
      return 'created';
    },
  );
  const findDevice = db.prepare<[string], { public_jwk: string; status: string }>(
    'SELECT public_jwk, status FROM devices WHERE kid = ?',
  );
  const insertDevice = db.prepare(
    "INSERT INTO devices (kid, public_jwk, status, enrolled_at) VALUES (?, ?, 'approved', ?)",
  );
  const enrolOnce = db.transaction((kid: string, jwk: string, at: string): EnrolOutcome => {
    const existing = findDevice.get(kid);
    if (existing?.status === 'revoked') return 'revoked';
    if (existing) return existing.public_jwk === jwk ? 'existing' : 'conflict';
    insertDevice.run(kid, jwk, at);
    return 'created';
  });
  const seen = db.prepare<[string], { jti: string }>(
    'SELECT jti FROM envelopes_seen WHERE jti = ?',
  );
  const remember = db.prepare(
    'INSERT INTO envelopes_seen (jti, iat, device_kid, lead_id, received_at) VALUES (?, ?, ?, ?, ?)',
  );
  const prune = db.prepare('DELETE FROM envelopes_seen WHERE iat < ?');
  const receiveOnce = db.transaction(
    (lead: LeadSubmission, hash: string, receivedAt: string, receipt: EnvelopeReceipt) => {
      if (seen.get(receipt.jti)) return 'replayed' as const;
      const outcome = insertOnce(lead, hash, receivedAt);
      if (outcome !== 'conflict')
        remember.run(receipt.jti, receipt.iat, receipt.deviceKid, lead.id, receivedAt);
      return outcome;
    },
  );
  return {
    insertLead: (lead, hash, receivedAt) => insertOnce(lead, hash, receivedAt),
    receiveEnvelopeLead: (lead, hash, receivedAt, receipt) =>
      receiveOnce(lead, hash, receivedAt, receipt),
    isEnvelopeSeen: (jti) => seen.get(jti) !== undefined,
    pruneSeenEnvelopes: (beforeIat) => prune.run(beforeIat).changes,
    enrolDevice: (kid, jwk, at) => enrolOnce(kid, jwk, at),
    getDevice(kid): StoredDevice | undefined {
      const row = findDevice.get(kid);
      return row
        ? { kid, publicJwk: row.public_jwk, status: row.status as StoredDevice['status'] }
        : undefined;
    },
    getLeadMeta(id): StoredLeadMeta | undefined {
      const row = find.get(id);
      return row ? { id, receivedAt: row.received_at } : undefined;
    },
    isHealthy() {
      try {
        db.prepare('SELECT 1').get();
        return true;
      } catch {
        return false;
      }
    },
  };
}
