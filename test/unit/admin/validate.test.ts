import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, validatePolicyText } from '@src/admin/validate';
import { policyWarnings } from '@src/admin/warnings';
import { DEFAULT_POLICY } from '@src/policy';

const exampleText = readFileSync(
  new URL('../../../examples/policy/acme-policy.json', import.meta.url),
  'utf8',
);

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('validatePolicyText', () => {
  it('accepts the example policy without warnings', () => {
    const report = validatePolicyText(exampleText);
    expect(report).toMatchObject({ ok: true, warnings: [] });
  });

  it('reports every error with its JSON path and line/column', () => {
    const broken = exampleText
      .replace('"autoLockMinutes": 15', '"autoLockMinutes": 0')
      .replace('"defaultAction": "allow"', '"defaultAction": "maybe"')
      .replace('"requested": false', '"requested": false, "surprise": 1');
    const report = validatePolicyText(broken);
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.errors).toEqual([
      {
        path: '$.sites.defaultAction',
        line: lineOf(broken, '"maybe"'),
        column: broken.split('\n')[lineOf(broken, '"maybe"') - 1]!.indexOf('"maybe"') + 1,
        message: 'Expected one of "allow" | "deny"',
      },
      {
        path: '$.vault.autoLockMinutes',
        line: lineOf(broken, '"autoLockMinutes": 0'),
        column: 24,
        message: 'Too small (expected >=1)',
      },
      {
        path: '$.remoteWipe.surprise',
        line: lineOf(broken, '"surprise"'),
        column: expect.any(Number) as number,
        message: 'Unknown field (not part of the policy format)',
      },
    ]);
    expect(formatMessage('p.json', 'error', report.errors[1]!)).toBe(
      `p.json:${report.errors[1]!.line}:24 error $.vault.autoLockMinutes: Too small (expected >=1)`,
    );
  });

  it('places a missing field at the object that should contain it', () => {
    const report = validatePolicyText(
      '{\n  "schemaVersion": 1,\n  "policyId": "x",\n  "version": 1,\n  "vault": {}\n}',
    );
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.errors.find((error) => error.path === '$.vault.autoLockMinutes')).toMatchObject({
      line: 5,
      column: 12,
      message: 'Missing required field',
    });
    expect(report.errors.find((error) => error.path === '$.purposes')).toMatchObject({
      line: 1,
      column: 1,
    });
  });

  it('reports JSON syntax errors with their position', () => {
    expect(validatePolicyText('{\n  "a": [1,,2]\n}')).toEqual({
      ok: false,
      errors: [{ path: '$', line: 2, column: 11, message: 'Not valid JSON: Unexpected character' }],
      warnings: [],
    });
  });

  it('warns about legal points without rejecting the policy', () => {
    const policy = structuredClone(DEFAULT_POLICY);
    policy.purposes.push({ id: 'marketing', name: 'M', description: 'D' });
    policy.lawfulBases = {
      EU: { marketing: ['business_contact'] },
      CN: { marketing: ['consent'] },
    };
    policy.connector.endpoints = {
      eu: { url: 'https://eu.example', encryptionKey: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' } },
    };
    policy.connector.routing = { CN: 'eu' };
    policy.retention.days = { US_CA: 10 } as never;
    policy.retention.days = { 'US-CA': 400 };
    policy.retention.legalHold = { active: true };
    policy.minimisation.blockSpecialCategories = false;
    policy.sites.deny = [];
    expect(policyWarnings(policy).map((warning) => warning.path.join('.'))).toEqual([
      'controller',
      'lawfulBases.EU.marketing.0',
      'lawfulBases.CN.marketing.0',
      'connector.routing.CN',
      'retention.days.US-CA',
      'minimisation.blockSpecialCategories',
      'sites.deny',
      'retention.legalHold',
    ]);
    const report = validatePolicyText(JSON.stringify(policy));
    expect(report.ok && report.warnings).toHaveLength(8);
  });
});
