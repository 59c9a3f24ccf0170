import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '@src/connector/node/args';
import { CONNECTOR_KEY_FILE, loadOrCreateConnectorKey } from '@src/connector/node/connector-key';
import { MIGRATIONS, openDatabase } from '@src/connector/node/sqlite-store';
import { tempDir } from './fixtures';

describe('connector key', () => {
  it('is created on first start with mode 0600 and reused on the next start', async () => {
    const dir = tempDir();
    const first = await loadOrCreateConnectorKey(dir);
    expect(statSync(join(dir, CONNECTOR_KEY_FILE)).mode & 0o777).toBe(0o600);
    const second = await loadOrCreateConnectorKey(dir);
    expect(second.kid).toBe(first.kid);
    expect(first.publicJwk).not.toHaveProperty('d');
    expect(first.privateKey.extractable).toBe(false);
  });

  it('is read from --key FILE when given, and refuses a missing or public-only file', async () => {
    const dir = tempDir();
    const made = await loadOrCreateConnectorKey(dir);
    const other = tempDir();
    const loaded = await loadOrCreateConnectorKey(other, join(dir, CONNECTOR_KEY_FILE));
    expect(loaded.kid).toBe(made.kid);
    await expect(loadOrCreateConnectorKey(other, join(other, 'missing.jwk'))).rejects.toThrow(
      /not found/,
    );
    const publicOnly = join(other, 'public.jwk');
    writeFileSync(publicOnly, JSON.stringify(made.publicJwk));
    await expect(loadOrCreateConnectorKey(other, publicOnly)).rejects.toThrow(/private EC P-256/);
    expect(parseArgs(['--key', '/etc/ll/key.jwk']).keyFile).toBe('/etc/ll/key.jwk');
  });

  it('adds the devices and seen-envelopes tables in migration 2', () => {
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(2);
    const db = openDatabase(tempDir());
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual(expect.arrayContaining(['devices', 'envelopes_seen', 'leads']));
    db.close();
  });
});
