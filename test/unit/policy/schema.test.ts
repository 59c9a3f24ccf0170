import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, formatPath, parsePolicy } from '@src/policy';
import { breakAt, loadExamplePolicy } from './fixtures';

describe('policy schema', () => {
  it('accepts the built-in defaults and the example policy', () => {
    expect(parsePolicy(DEFAULT_POLICY).ok).toBe(true);
    expect(loadExamplePolicy().policyId).toBe('acme-sales');
  });

  it('keeps the defaults strict: nothing leaves, special categories blocked, short retention', () => {
    expect(DEFAULT_POLICY.lawfulBases).toEqual({});
    expect(DEFAULT_POLICY.connector.routing).toEqual({});
    expect(DEFAULT_POLICY.minimisation.blockSpecialCategories).toBe(true);
    expect(DEFAULT_POLICY.retention.defaultDays).toBeLessThanOrEqual(30);
    expect(DEFAULT_POLICY.sites.deny).toContain('linkedin.com');
    expect(Object.isFrozen(DEFAULT_POLICY.sites.deny)).toBe(true);
  });

  it('reports every invalid value with its path and without echoing the value', () => {
    const broken = breakAt(
      loadExamplePolicy(),
      [['schemaVersion'], 2],
      [['retention', 'days', 'EU'], 0],
      [['sites', 'deny', 4], 'secret value with spaces'],
      [['minimisation', 'redaction', 'bad_entity'], { operator: 'remove' }],
      [['signing', 'adminPublicKey', 'd'], 'PRIVATE-PART'],
      [['retension'], {}],
    );
    const result = parsePolicy(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(
      result.issues.map((issue) => [formatPath(issue.path), issue.message]),
    );
    expect(byPath['$.schemaVersion']).toMatch(/one of 1/);
    expect(byPath['$.retention.days.EU']).toMatch(/Too small/);
    expect(byPath['$.sites.deny[4]']).toMatch(/host/);
    expect(byPath['$.minimisation.redaction.bad_entity']).toMatch(/Presidio/);
    expect(byPath['$.signing.adminPublicKey.d']).toMatch(/Unknown field/);
    expect(byPath['$.retension']).toMatch(/Unknown field/);
    expect(JSON.stringify(result.issues)).not.toContain('PRIVATE-PART');
    expect(JSON.stringify(result.issues)).not.toContain('secret value');
  });

  it('rejects operator options that do not belong to the operator', () => {
    const policy = breakAt(
      loadExamplePolicy(),
      [['minimisation', 'redaction', 'CREDIT_CARD'], { operator: 'remove', keepLast: 4 }],
      [['minimisation', 'redaction', 'US_SSN'], { operator: 'mask', replacement: 'x' }],
    );
    const result = parsePolicy(policy);
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'keepLast and char only apply to the "mask" operator',
      'replacement only applies to the "replace" operator',
    ]);
  });

  it('checks cross-field consistency', () => {
    const policy = structuredClone(loadExamplePolicy());
    policy.liaTemplates = [];
    policy.lawfulBases.UK = { unknown_purpose: ['consent'] };
    policy.connector.routing.CN = 'mars';
    policy.purposes.push({ ...policy.purposes[0]! });
    const result = parsePolicy(policy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.issues.map((issue) => `${formatPath(issue.path)} ${issue.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '$.purposes[2].id Duplicate purpose id "sales_prospecting"',
        expect.stringMatching(
          /^\$\.lawfulBases\.EU\.sales_prospecting Legitimate interests .* LIA/,
        ),
        '$.lawfulBases.UK.unknown_purpose Unknown purpose "unknown_purpose" (not in purposes)',
        '$.connector.routing.CN Region "mars" has no entry in connector.endpoints',
      ]),
    );
  });

  it('refuses suppression entries or a list without the organisation key that makes them match', () => {
    for (const change of [{ listRef: 'https://x.example/list' }, { entries: [] }]) {
      const policy = structuredClone(loadExamplePolicy());
      policy.suppression = { checkBeforeDelivery: true, ...change };
      const result = parsePolicy(policy);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map((issue) => issue.message).join('\n')).toContain(
        'need suppression.hashKey',
      );
    }
    const keyless = structuredClone(loadExamplePolicy());
    keyless.suppression = { checkBeforeDelivery: true };
    expect(parsePolicy(keyless).ok).toBe(true);
  });

  it('requires an ECDH P-256 connector key and an ES256/EdDSA admin key', () => {
    const policy = structuredClone(loadExamplePolicy());
    policy.connector.endpoints.eu!.encryptionKey = { kty: 'OKP', crv: 'X25519', x: 'abc' };
    policy.signing.adminPublicKey = { kty: 'OKP', crv: 'X25519', x: 'abc' };
    const result = parsePolicy(policy);
    expect(result.ok ? [] : result.issues.map((issue) => formatPath(issue.path))).toEqual([
      '$.connector.endpoints.eu.encryptionKey',
      '$.signing.adminPublicKey',
    ]);
  });

  it('never resolves ids through Object.prototype', () => {
    const policy = structuredClone(loadExamplePolicy());
    policy.connector.routing.JP = 'constructor';
    policy.lawfulBases.JP = JSON.parse('{"constructor":["consent"]}') as Record<
      string,
      ['consent']
    >;
    const result = parsePolicy(policy);
    // valibot drops prototype-polluting record keys; the dangling region reference is reported
    expect(result.ok ? [] : result.issues.map((issue) => formatPath(issue.path))).toEqual([
      '$.connector.routing.JP',
    ]);
  });

  it('formats paths with brackets for keys that are not identifiers', () => {
    expect(formatPath(['lawfulBases', 'US-CA', 'x'])).toBe('$.lawfulBases["US-CA"].x');
    expect(formatPath([])).toBe('$');
  });
});
