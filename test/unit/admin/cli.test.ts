import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '@src/admin/node/cli';
import type { CliIo } from '@src/admin/node/commands';

const NOW = Date.UTC(2026, 10, 23, 12);
const EXAMPLE = join(import.meta.dirname, '../../../examples/policy/acme-policy.json');
const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';

function memoryIo(files: Record<string, string | Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (path) => {
      const data = files[path];
      if (data === undefined) return Promise.reject(new Error('ENOENT'));
      return Promise.resolve(typeof data === 'string' ? data : new TextDecoder().decode(data));
    },
    writeFile: (path, data, options) => {
      if (options?.exclusive && files[path] !== undefined)
        return Promise.reject(new Error('EEXIST'));
      files[path] = data;
      return Promise.resolve();
    },
    mkdir: () => Promise.resolve(),
    now: () => NOW,
  };
  return { io, files, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function withExample(): Promise<ReturnType<typeof memoryIo>> {
  return memoryIo({ 'policy.json': await readFile(EXAMPLE, 'utf8') });
}

describe('admin CLI', () => {
  it('validates a policy: exit 0 when valid, 1 with positioned errors when not', async () => {
    const ok = await withExample();
    expect(await main(['policy', 'validate', 'policy.json'], ok.io)).toBe(0);
    expect(ok.stdout()).toContain('policy.json: valid (policy acme-sales version 3, 0 warning(s))');
    const bad = memoryIo({
      'bad.json': (ok.files['policy.json'] as string).replace('"version": 3', '"version": "3"'),
    });
    expect(await main(['policy', 'validate', 'bad.json'], bad.io)).toBe(1);
    expect(bad.stderr()).toMatch(/^bad\.json:4:14 error \$\.version: Expected number\n/);
    expect(bad.stderr()).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('returns 2 with a clear message for usage errors, never a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Lawful Leads admin tool/],
      [['policy', 'frobnicate'], /Unknown command "policy frobnicate"/],
      [['policy', 'validate'], /Usage: policy validate FILE/],
      [['policy', 'validate', 'missing.json'], /Cannot read missing\.json/],
      [['policy', 'sign', 'policy.json', '--out', 'x.jws'], /Missing --key/],
      [['policy', 'sign', 'policy.json', '--key'], /Option --key needs a value/],
      [
        [
          'policy',
          'export',
          'policy.json',
          '--target',
          'netscape',
          '--extension-id',
          CHROME_ID,
          '--out',
          'o',
        ],
        /Unknown --target "netscape"/,
      ],
      [
        [
          'policy',
          'export',
          'policy.json',
          '--target',
          'chrome-linux',
          '--extension-id',
          'nope',
          '--out',
          'o',
        ],
        /32 letters/,
      ],
      [['policy', 'ropa', 'policy.json', '--format', 'pdf'], /--format must be md or json/],
      [['policy', 'diff', 'policy.json', '--colour', 'yes'], /Unknown option --colour/],
    ];
    for (const [argv, message] of cases) {
      const run = await withExample();
      const code = await main(argv, run.io);
      expect(code, argv.join(' ')).toBe(2);
      expect(run.stderr() + run.stdout(), argv.join(' ')).toMatch(message);
      expect(run.stderr()).not.toContain('    at ');
    }
    const help = memoryIo();
    expect(await main(['--help'], help.io)).toBe(0);
  });

  it('generates keys without overwriting, then signs and verifies a bundle', async () => {
    const run = await withExample();
    expect(await main(['keys', 'generate', '--out', 'keys/'], run.io)).toBe(0);
    expect(
      Object.keys(run.files)
        .filter((name) => name.startsWith('keys/'))
        .sort(),
    ).toEqual([
      'keys/admin-signing.private.jwk',
      'keys/admin-signing.public.jwk',
      'keys/connector-encryption.private.jwk',
      'keys/connector-encryption.public.jwk',
    ]);
    const signingPublic = JSON.parse(
      run.files['keys/admin-signing.public.jwk'] as string,
    ) as Record<string, string>;
    expect(signingPublic).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(signingPublic.kid).toMatch(/^policy-signing-2026-11-23-/);
    expect(signingPublic).not.toHaveProperty('d');
    const encryptionPublic = JSON.parse(
      run.files['keys/connector-encryption.public.jwk'] as string,
    ) as Record<string, string>;
    expect(encryptionPublic).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ECDH-ES', use: 'enc' });
    const privateJwk = JSON.parse(run.files['keys/admin-signing.private.jwk'] as string) as {
      d: string;
    };
    expect(run.stdout()).not.toContain(privateJwk.d);
    expect(await main(['keys', 'generate', '--out', 'keys'], run.io)).toBe(2);

    expect(
      await main(
        [
          'policy',
          'sign',
          'policy.json',
          '--key',
          'keys/admin-signing.private.jwk',
          '--out',
          'p.jws',
          '--expires-days',
          '30',
        ],
        run.io,
      ),
    ).toBe(0);
    expect(
      await main(
        [
          'policy',
          'verify',
          'p.jws',
          '--key',
          'keys/admin-signing.public.jwk',
          '--min-version',
          '3',
        ],
        run.io,
      ),
    ).toBe(0);
    expect(run.stdout()).toContain(
      'valid, policy acme-sales version 3, signed by policy-signing-2026-11-23-',
    );
    expect(
      await main(
        [
          'policy',
          'verify',
          'p.jws',
          '--key',
          'keys/admin-signing.public.jwk',
          '--min-version',
          '4',
        ],
        run.io,
      ),
    ).toBe(1);
    expect(run.stderr()).toContain('not accepted (replayed)');
    expect(
      await main(
        [
          'policy',
          'sign',
          'policy.json',
          '--key',
          'keys/admin-signing.public.jwk',
          '--out',
          'q.jws',
        ],
        run.io,
      ),
    ).toBe(2);
    expect(await main(['policy', 'verify', 'p.jws', '--key', 'policy.json'], run.io)).toBe(1);
  });

  it('refuses to sign or export an invalid policy (exit 1)', async () => {
    const run = memoryIo({ 'bad.json': '{"schemaVersion": 1}' });
    expect(
      await main(
        [
          'policy',
          'export',
          'bad.json',
          '--target',
          'firefox',
          '--extension-id',
          'a@b.example',
          '--out',
          'o.json',
        ],
        run.io,
      ),
    ).toBe(1);
    expect(run.files['o.json']).toBeUndefined();
    expect(run.stderr()).toContain('not a valid policy');
  });

  it('exports every target to the given path', async () => {
    const run = await withExample();
    expect(
      await main(
        [
          'policy',
          'export',
          'policy.json',
          '--target',
          'edge-windows',
          '--extension-id',
          CHROME_ID,
          '--out',
          'p.reg',
          '--bundle-url',
          'https://x.example/p.jws',
        ],
        run.io,
      ),
    ).toBe(0);
    const reg = run.files['p.reg'] as Uint8Array;
    expect([reg[0], reg[1]]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(reg.slice(2))).toContain(
      'SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions',
    );
    expect(
      await main(
        [
          'policy',
          'export',
          'policy.json',
          '--target',
          'firefox',
          '--extension-id',
          'leads@acme.example',
          '--out',
          'policies.json',
        ],
        run.io,
      ),
    ).toBe(0);
    expect(JSON.parse(run.files['policies.json'] as string)).toHaveProperty(
      ['policies', '3rdparty', 'Extensions', 'leads@acme.example', 'policy', 'policyId'],
      'acme-sales',
    );
    expect(run.stdout()).toContain('Firefox "distribution" folder');
  });

  it('diffs two policies and writes a record of processing', async () => {
    const run = await withExample();
    const newer = JSON.parse(run.files['policy.json'] as string) as {
      version: number;
      retention: { days: Record<string, number> };
    };
    newer.version = 4;
    newer.retention.days.EU = 30;
    run.files['new.json'] = JSON.stringify(newer);
    expect(await main(['policy', 'diff', 'policy.json', 'new.json'], run.io)).toBe(0);
    expect(run.stdout()).toContain('- Retention for EU shortened from 90 to 30 days\n');
    expect(
      await main(
        ['policy', 'ropa', 'policy.json', '--format', 'json', '--out', 'ropa.json'],
        run.io,
      ),
    ).toBe(0);
    expect(JSON.parse(run.files['ropa.json'] as string)).toMatchObject({
      policy: { policyId: 'acme-sales', version: 3 },
    });
    expect(await main(['policy', 'ropa', 'policy.json'], run.io)).toBe(0);
    expect(run.stdout()).toContain('# Record of processing activities (GDPR Art. 30(1))');
  });

  it('runs as a real process with npx tsx', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lawful-leads-admin-'));
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{\n  "schemaVersion": 1,\n  "version": 0\n}\n');
    const run = promisify(execFile);
    const cli = join(import.meta.dirname, '../../../src/admin/node/cli.ts');
    const valid = await run('npx', ['tsx', cli, 'policy', 'validate', EXAMPLE]);
    expect(valid.stdout).toContain('valid (policy acme-sales');
    const failure = await run('npx', ['tsx', cli, 'policy', 'validate', bad]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      `${bad}:3:14 error $.version: Too small (expected >=1)`,
    );
  }, 60_000);
});
