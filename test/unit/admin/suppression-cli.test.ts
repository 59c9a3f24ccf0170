// The admin tool's suppression commands: a new organisation key, keyed-hash entries made with the
// policy's key (the same code the extension checks with), and entries added to the connector's
// database, never printing or storing a raw identifier.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@src/admin/node/cli';
import type { CliIo } from '@src/admin/node/commands';
import { importSuppressionKey, suppressionEntry } from '@src/consent';
import { openDatabase } from '@src/connector/node/sqlite-store';
import { createSqliteSuppressionStore } from '@src/connector/node/suppression-store';
import { tempDir } from '../connector/fixtures';

const EXAMPLE = join(import.meta.dirname, '../../../examples/policy/acme-policy.json');
const KEY = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80';

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (path) =>
      files[path] === undefined
        ? Promise.reject(new Error('ENOENT'))
        : Promise.resolve(files[path]),
    writeFile: () => Promise.reject(new Error('not used')),
    mkdir: () => Promise.resolve(),
    now: () => Date.UTC(2026, 10, 23, 12),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function policyFiles(withKey = true): Promise<Record<string, string>> {
  const policy = JSON.parse(await readFile(EXAMPLE, 'utf8')) as {
    suppression: Record<string, unknown>;
  };
  if (withKey) policy.suppression.hashKey = KEY;
  else {
    // A policy without the key may not name entries or a list either (the schema refuses that).
    delete policy.suppression.hashKey;
    delete policy.suppression.listRef;
  }
  return { 'policy.json': JSON.stringify(policy) };
}

describe('admin suppression commands', () => {
  it('makes a new 32-byte organisation key', async () => {
    const { io, stdout } = memoryIo({});
    expect(await main(['suppression', 'key'], io)).toBe(0);
    expect(stdout().split('\n')[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stdout()).toContain('suppression.hashKey');
  });

  it('hashes identifiers with the policy key exactly as the extension does, printing no value', async () => {
    const { io, stdout } = memoryIo(await policyFiles());
    const args = [
      'email:Jana.Becker@Nordlicht.example',
      'phone:+49 30 1234 5678',
      'email:jana.becker@nordlicht.example',
    ];
    expect(await main(['suppression', 'hash', '--policy', 'policy.json', ...args], io)).toBe(0);
    const printed = JSON.parse(stdout()) as string[];
    const key = await importSuppressionKey(KEY);
    expect(printed).toEqual([
      await suppressionEntry('email', 'jana.becker@nordlicht.example', key),
      await suppressionEntry('phone', '+493012345678', key),
    ]);
    expect(stdout()).not.toMatch(/jana|1234/i);
  });

  it('refuses a policy without a key, an unknown kind and an unusable value', async () => {
    const noKey = memoryIo(await policyFiles(false));
    await expect(
      main(['suppression', 'hash', '--policy', 'policy.json', 'email:a@b.example'], noKey.io),
    ).resolves.toBe(2);
    expect(noKey.stderr()).toContain('no suppression.hashKey');
    const kind = memoryIo(await policyFiles());
    expect(await main(['suppression', 'hash', '--policy', 'policy.json', 'fax:123'], kind.io)).toBe(
      2,
    );
    const bad = memoryIo(await policyFiles());
    expect(
      await main(['suppression', 'hash', '--policy', 'policy.json', 'phone:not a number'], bad.io),
    ).toBe(1);
    expect(bad.stderr()).toContain('Argument 1 is not a usable phone');
    expect(bad.stderr()).not.toContain('not a number');
    const none = memoryIo(await policyFiles());
    expect(await main(['suppression', 'hash', '--policy', 'policy.json'], none.io)).toBe(2);
  });

  it('reads identifiers from a --from file (one per line, # comments), keeping them out of shell history', async () => {
    const files = {
      ...(await policyFiles()),
      'people.txt':
        '# objected on 2026-11-20\nemail:Jana.Becker@Nordlicht.example\n\nphone:+49 30 1234 5678\n',
    };
    const viaFile = memoryIo(files);
    expect(
      await main(
        ['suppression', 'hash', '--policy', 'policy.json', '--from', 'people.txt'],
        viaFile.io,
      ),
    ).toBe(0);
    const viaArgs = memoryIo(await policyFiles());
    const args = ['email:Jana.Becker@Nordlicht.example', 'phone:+49 30 1234 5678'];
    expect(
      await main(['suppression', 'hash', '--policy', 'policy.json', ...args], viaArgs.io),
    ).toBe(0);
    expect(viaFile.stdout()).toBe(viaArgs.stdout());
    expect(viaFile.stdout()).not.toContain('Jana');
    const bad = memoryIo({ ...files, 'people.txt': 'email:jana@x.example\nfax:123\n' });
    expect(
      await main(
        ['suppression', 'hash', '--policy', 'policy.json', '--from', 'people.txt'],
        bad.io,
      ),
    ).toBe(2);
    expect(bad.stderr()).toContain('Argument 2');
  });

  it('refuses a --data folder without a connector database (a typo would otherwise go unnoticed)', async () => {
    const dir = tempDir();
    const run = memoryIo(await policyFiles());
    const args = ['suppression', 'add', '--policy', 'policy.json', '--data', join(dir, 'typo')];
    expect(await main([...args, 'email:jana.becker@nordlicht.example'], run.io)).toBe(2);
    expect(run.stderr()).toContain('There is no connector database');
    expect(run.stderr()).not.toContain('jana');
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });

  it('adds entries to the connector database once each', async () => {
    const dir = tempDir();
    openDatabase(dir).close(); // the connector has run once with this folder
    const first = memoryIo(await policyFiles());
    const add = ['suppression', 'add', '--policy', 'policy.json', '--data', dir];
    expect(
      await main(
        [...add, 'email:jana.becker@nordlicht.example', 'url:https://example.com/in/jana'],
        first.io,
      ),
    ).toBe(0);
    expect(first.stdout()).toContain('Added 2 new entries');
    const again = memoryIo(await policyFiles());
    expect(await main([...add, 'email:JANA.BECKER@nordlicht.example'], again.io)).toBe(0);
    expect(again.stdout()).toContain('Added 0 new entries (1 already listed)');
    const db = openDatabase(dir);
    const listed = createSqliteSuppressionStore(db).list();
    db.close();
    const key = await importSuppressionKey(KEY);
    expect(listed).toContain(await suppressionEntry('email', 'jana.becker@nordlicht.example', key));
    expect(JSON.stringify(listed)).not.toContain('jana');
  });
});
