// devices list / revoke against a connector database: key ids, states and dates only; a revoked
// device stays refused; a missing database is a usage error, never created.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@src/admin/node/cli';
import type { CliIo } from '@src/admin/node/commands';
import { createSqliteLeadStore, openDatabase } from '@src/connector/node/sqlite-store';
import { tempDir } from '../connector/fixtures';

function memoryIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: () => Promise.reject(new Error('not used')),
    writeFile: () => Promise.reject(new Error('not used')),
    mkdir: () => Promise.resolve(),
    now: () => Date.UTC(2026, 10, 23, 12),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const KID = 'dev-kid-1';

function connectorWithDevice(): string {
  const dir = tempDir();
  const db = openDatabase(dir);
  createSqliteLeadStore(db).enrolDevice(KID, '{"kty":"EC"}', '2026-11-20T09:00:00.000Z');
  db.close();
  return dir;
}

describe('admin devices commands', () => {
  it('lists enrolled devices, revokes one, and says so when it was already revoked', async () => {
    const dir = connectorWithDevice();
    const list = memoryIo();
    expect(await main(['devices', 'list', '--data', dir], list.io)).toBe(0);
    expect(list.stdout()).toContain(`${KID}  approved  enrolled 2026-11-20T09:00:00.000Z`);
    const revoke = memoryIo();
    expect(await main(['devices', 'revoke', '--data', dir, KID], revoke.io)).toBe(0);
    expect(revoke.stdout()).toContain(`Revoked ${KID}`);
    const twice = memoryIo();
    expect(await main(['devices', 'revoke', '--data', dir, KID], twice.io)).toBe(0);
    expect(twice.stdout()).toContain('already revoked');
    const after = memoryIo();
    await main(['devices', 'list', '--data', dir], after.io);
    expect(after.stdout()).toContain(`${KID}  revoked`);
    const db = openDatabase(dir);
    expect(
      createSqliteLeadStore(db).enrolDevice(KID, '{"kty":"EC"}', new Date().toISOString()),
    ).toBe('revoked');
    db.close();
  });

  it('refuses an unknown key id, a missing database and a missing argument', async () => {
    const dir = connectorWithDevice();
    const unknown = memoryIo();
    expect(await main(['devices', 'revoke', '--data', dir, 'nope'], unknown.io)).toBe(1);
    expect(unknown.stderr()).toContain('nothing was changed');
    const missing = memoryIo();
    const typo = join(dir, 'typo');
    expect(await main(['devices', 'list', '--data', typo], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('There is no connector database');
    expect(existsSync(typo)).toBe(false);
    expect(await main(['devices', 'revoke', '--data', dir], memoryIo().io)).toBe(2);
  });

  it('says so when no device has enrolled', async () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const empty = memoryIo();
    expect(await main(['devices', 'list', '--data', dir], empty.io)).toBe(0);
    expect(empty.stdout()).toContain('No device has enrolled');
  });
});
