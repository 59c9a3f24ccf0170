import { parse as parsePlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { buildExport, EXPORT_TARGETS, extensionIdProblem, managedPayload } from '@src/admin/export';
import { escapeRegString } from '@src/admin/export-reg';
import { validateAgainstChromeSchema, type ChromeSchema } from '@src/policy';
import { readFileSync } from 'node:fs';
import { loadExamplePolicy } from '../policy/fixtures';

const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const FIREFOX_ID = 'lawful-leads@acme.example';
const policy = loadExamplePolicy();
const managedSchema = JSON.parse(
  readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8'),
) as ChromeSchema;
let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

/** A minimal .reg parser: sections and "name"="REG_SZ value" lines, with \\ and \" unescaped. */
function parseReg(text: string): {
  header: string;
  deleted: string[];
  keys: Record<string, Record<string, string>>;
} {
  const lines = text.split('\r\n');
  const keys: Record<string, Record<string, string>> = {};
  const deleted: string[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[(-?)(.+)\]$/.exec(line);
    if (section) {
      if (section[1]) deleted.push(section[2]!);
      else current = keys[section[2]!] = {};
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    if (!value || !current) throw new Error(`Unparseable .reg line: ${line.slice(0, 40)}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current[unescape(value[1]!)] = unescape(value[2]!);
  }
  return { header: lines[0]!, deleted, keys };
}

describe('policy export', () => {
  const payload = managedPayload(policy, {
    extensionId: CHROME_ID,
    policyBundleUrl: 'https://leads-eu.acme.example/policy.jws',
  });

  it('delivers a payload that fits the managed schema and pins the admin key', () => {
    expect(validateAgainstChromeSchema(managedSchema, payload)).toEqual([]);
    expect(payload.adminPublicKey).toEqual(policy.signing.adminPublicKey);
    expect(JSON.stringify(payload)).not.toMatch(/"d":/);
  });

  it.each(['chrome-linux', 'edge-linux'] as const)(
    'writes %s JSON under 3rdparty.extensions.<id>',
    (target) => {
      const file = buildExport(policy, target, { extensionId: CHROME_ID });
      const parsed = JSON.parse(file.content) as {
        '3rdparty': { extensions: Record<string, unknown> };
      };
      expect(Object.keys(parsed)).toEqual(['3rdparty']);
      expect(Object.keys(parsed['3rdparty'].extensions)).toEqual([CHROME_ID]);
      expect(parsed['3rdparty'].extensions[CHROME_ID]).toEqual(
        managedPayload(policy, { extensionId: CHROME_ID }),
      );
      expect(file.installHint).toContain(
        target === 'chrome-linux'
          ? '/etc/opt/chrome/policies/managed'
          : '/etc/opt/edge/policies/managed',
      );
    },
  );

  it.each([
    ['chrome-windows', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome'],
    ['edge-windows', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge'],
  ] as const)('writes a %s .reg file with JSON strings as REG_SZ values', (target, root) => {
    const file = buildExport(policy, target, {
      extensionId: CHROME_ID,
      policyBundleUrl: 'https://x.example/p',
    });
    expect(file.encoding).toBe('utf16le-bom');
    const reg = parseReg(file.content);
    const key = `${root}\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
    expect(reg.header).toBe('Windows Registry Editor Version 5.00');
    expect(reg.deleted).toEqual([key]);
    expect(Object.keys(reg.keys)).toEqual([key]);
    const values = reg.keys[key]!;
    expect(Object.keys(values)).toEqual(['policy', 'adminPublicKey', 'policyBundleUrl']);
    expect(JSON.parse(values.policy!)).toEqual(policy);
    expect(JSON.parse(values.adminPublicKey!)).toEqual(policy.signing.adminPublicKey);
    expect(values.policyBundleUrl).toBe('https://x.example/p');
  });

  it('escapes backslashes and quotes for .reg strings (patterns survive)', () => {
    expect(escapeRegString('a\\d"b')).toBe('a\\\\d\\"b');
    const tricky = structuredClone(policy);
    tricky.description = 'Quote " and backslash \\ and unicode Straße 北京';
    const reg = parseReg(buildExport(tricky, 'chrome-windows', { extensionId: CHROME_ID }).content);
    const values = Object.values(reg.keys)[0]!;
    expect((JSON.parse(values.policy!) as { description: string }).description).toBe(
      tricky.description,
    );
  });

  it.each([
    ['chrome-macos', 'com.google.Chrome.extensions'],
    ['edge-macos', 'com.microsoft.Edge.extensions'],
  ] as const)('writes a %s configuration profile', (target, prefix) => {
    const file = buildExport(policy, target, { extensionId: CHROME_ID, uuid });
    const profile = parsePlist(file.content) as Record<string, unknown>;
    expect(profile).toMatchObject({
      PayloadType: 'Configuration',
      PayloadVersion: 1,
      PayloadScope: 'System',
    });
    const content = profile.PayloadContent as Record<string, unknown>[];
    expect(content).toHaveLength(1);
    const inner = content[0]!;
    expect(inner.PayloadType).toBe(`${prefix}.${CHROME_ID}`);
    expect(inner.PayloadUUID).not.toBe(profile.PayloadUUID);
    expect(inner.policy).toEqual(policy);
    expect(inner.adminPublicKey).toEqual(policy.signing.adminPublicKey);
  });

  it('writes Firefox policies.json under policies.3rdparty.Extensions.<id>', () => {
    const file = buildExport(policy, 'firefox', { extensionId: FIREFOX_ID });
    const parsed = JSON.parse(file.content) as {
      policies: { '3rdparty': { Extensions: Record<string, { policy: unknown }> } };
    };
    expect(Object.keys(parsed.policies['3rdparty'].Extensions)).toEqual([FIREFOX_ID]);
    expect(parsed.policies['3rdparty'].Extensions[FIREFOX_ID]!.policy).toEqual(policy);
  });

  it('checks the extension id for every target', () => {
    for (const target of EXPORT_TARGETS) {
      const bad = target === 'firefox' ? CHROME_ID.slice(0, 5) : FIREFOX_ID;
      expect(extensionIdProblem(target, bad)).toBeTruthy();
      expect(() => buildExport(policy, target, { extensionId: bad })).toThrow(/id/);
    }
    expect(extensionIdProblem('firefox', '{12345678-1234-1234-1234-123456789abc}')).toBeNull();
    expect(extensionIdProblem('chrome-linux', 'ABCDEFGHIJKLMNOPABCDEFGHIJKLMNOP')).toBeTruthy();
  });
});
