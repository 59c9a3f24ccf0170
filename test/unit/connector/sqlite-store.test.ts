import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, migrate, MIGRATIONS, openDatabase } from '@src/connector/node/sqlite-store';
import { tempDir } from './fixtures';

describe('connector database', () => {
  it('creates the data directory and database on first start, in WAL mode', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const db = openDatabase(dir);
    expect(existsSync(join(dir, DATABASE_FILE))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('applies each migration once, and again on restart applies nothing', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const db = openDatabase(dir);
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(versions).toEqual(MIGRATIONS.map((_, i) => ({ version: i + 1 })));
    db.close();
  });

  it('refuses to run against a database from a newer connector', () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
      MIGRATIONS.length + 5,
      'x',
    );
    expect(() => migrate(db)).toThrow(/newer than this connector/);
    db.close();
  });

  it('rolls back a failing migration as a whole', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE leads (id TEXT)');
    expect(() => migrate(db)).toThrow();
    expect(
      (db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n,
    ).toBe(0);
  });
});
