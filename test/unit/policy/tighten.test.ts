import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSON_FIELDS } from '@src/lead/provenance';
import {
  DEFAULT_POLICY,
  findLoosening,
  JURISDICTIONS,
  LAWFUL_BASES,
  parsePolicy,
  parseUserPrefs,
  REDACTION_OPERATORS,
  tighten,
  WEBMAIL_HANDLING,
  type Policy,
} from '@src/policy';
import { loadExamplePolicy } from './fixtures';

const example = loadExamplePolicy();
const bases: Policy[] = [DEFAULT_POLICY, example];

const host = fc.constantFrom(
  'linkedin.com',
  'example.org',
  '*.example.net',
  'gmail.com',
  'Not A Host',
);
const jurisdictionMap = <T>(value: fc.Arbitrary<T>) =>
  fc.dictionary(fc.constantFrom(...JURISDICTIONS, 'XX'), value, { maxKeys: 5 });
const rule = fc.record(
  {
    operator: fc.constantFrom(...REDACTION_OPERATORS, 'reveal'),
    keepLast: fc.integer({ min: -2, max: 12 }),
    char: fc.constantFrom('*', '#', 'xx'),
    replacement: fc.string({ maxLength: 5 }),
  },
  { requiredKeys: ['operator'] },
);
const structuredPrefs = fc.record(
  {
    deniedSites: fc.array(host, { maxLength: 4 }),
    denyUnlistedSites: fc.boolean(),
    allowedFields: jurisdictionMap(
      fc.array(fc.constantFrom(...PERSON_FIELDS, 'ssn'), { maxLength: 10 }),
    ),
    lawfulBases: jurisdictionMap(
      fc.dictionary(
        fc.constantFrom('sales_prospecting', 'marketing', 'other'),
        fc.array(fc.constantFrom(...LAWFUL_BASES), { maxLength: 4 }),
      ),
    ),
    redaction: fc.dictionary(
      fc.constantFrom('CREDIT_CARD', 'IBAN_CODE', 'PHONE_NUMBER', 'NEW_ENTITY', 'bad'),
      rule,
    ),
    webmail: jurisdictionMap(fc.constantFrom(...WEBMAIL_HANDLING, 'whatever')),
    webmailDomains: fc.array(host, { maxLength: 3 }),
    retentionDays: fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.double()),
    autoLockMinutes: fc.integer({ min: -5, max: 1000 }),
    forbidNoticeExemptions: fc.oneof(fc.boolean(), fc.constant('yes')),
    adminOverride: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('tighten', () => {
  it('never makes any base looser, whatever the user sends (structured preferences)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), structuredPrefs, (base, prefs) => {
        const merged = tighten(base, prefs);
        expect(findLoosening(base, merged)).toEqual([]);
        expect(parsePolicy(merged).ok).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never makes any base looser, whatever the user sends (arbitrary values)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.anything(), (base, prefs) => {
        expect(findLoosening(base, tighten(base, prefs))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent and leaves the base untouched', () => {
    fc.assert(
      fc.property(structuredPrefs, (prefs) => {
        const before = JSON.stringify(example);
        const once = tighten(example, prefs);
        expect(tighten(once, prefs)).toEqual(once);
        expect(JSON.stringify(example)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('applies stricter choices a user makes', () => {
    const merged = tighten(example, {
      deniedSites: ['example.org'],
      denyUnlistedSites: true,
      allowedFields: { EU: ['name', 'emails', 'locality'] },
      lawfulBases: { UK: { marketing: [] } },
      redaction: {
        PHONE_NUMBER: { operator: 'remove' },
        IBAN_CODE: { operator: 'mask', keepLast: 8 },
      },
      webmail: { 'US-OTHER': 'block', CN: 'allow' },
      retentionDays: 10,
      autoLockMinutes: 2,
    });
    expect(merged.sites.deny).toContain('example.org');
    expect(merged.sites.defaultAction).toBe('deny');
    expect(merged.minimisation.allowedFields.EU).toEqual(['name', 'emails']);
    expect(merged.lawfulBases.UK?.marketing).toEqual([]);
    expect(merged.minimisation.redaction.PHONE_NUMBER).toEqual({ operator: 'remove' });
    expect(merged.minimisation.redaction.IBAN_CODE).toEqual({
      operator: 'mask',
      keepLast: 4,
      char: '*',
    });
    expect(merged.sites.webmail['US-OTHER']).toBe('block');
    expect(merged.sites.webmail.CN).toBe('block');
    expect(merged.retention.days.EU).toBe(10);
    expect(merged.retention.defaultDays).toBe(10);
    expect(merged.vault.autoLockMinutes).toBe(2);
  });

  it('reports invalid preferences one by one and keeps the valid ones', () => {
    const { prefs, issues } = parseUserPrefs({
      retentionDays: -1,
      autoLockMinutes: 3,
      legalHold: true,
    });
    expect(prefs).toEqual({ autoLockMinutes: 3 });
    expect(issues.map((issue) => issue.path)).toEqual([['retentionDays'], ['legalHold']]);
    expect(parseUserPrefs('nope').issues).toHaveLength(1);
  });
});

describe('findLoosening', () => {
  it('detects each way a policy can be loosened', () => {
    const looser = structuredClone(example);
    looser.lawfulBases.CN = {
      sales_prospecting: ['pipl_separate_consent', 'legitimate_interests'],
    };
    looser.minimisation.allowedFields.CN = ['name', 'phones'];
    looser.minimisation.redaction.IBAN_CODE = { operator: 'mask', keepLast: 6 };
    delete looser.minimisation.redaction.US_SSN;
    looser.minimisation.blockSpecialCategories = false;
    looser.sites.deny = [];
    looser.sites.allow.push('new.example');
    looser.sites.webmail.CN = 'allow';
    looser.sites.webmailDomains = [];
    looser.retention.days.EU = 400;
    looser.connector.routing.JP = 'us';
    looser.vault.autoLockMinutes = 60;
    looser.alerts.outboxBacklog = 1000;
    looser.suppression.checkBeforeDelivery = false;
    const paths = findLoosening(example, looser).map((item) => item.path);
    expect(new Set(paths)).toEqual(
      new Set([
        'lawfulBases.CN.sales_prospecting',
        'minimisation.allowedFields.CN',
        'minimisation.redaction.IBAN_CODE',
        'minimisation.redaction.US_SSN',
        'minimisation.blockSpecialCategories',
        'sites.deny',
        'sites.allow',
        'sites.webmail.CN',
        'sites.webmailDomains',
        'retention.days.EU',
        'connector.routing.JP',
        'vault.autoLockMinutes',
        'alerts.outboxBacklog',
        'suppression.checkBeforeDelivery',
      ]),
    );
  });

  it('flags an unlisted-site default change, a cancelled wipe and a changed endpoint', () => {
    const strict = structuredClone(example);
    strict.sites.defaultAction = 'deny';
    strict.remoteWipe.requested = true;
    const looser = structuredClone(example);
    looser.connector.endpoints.eu!.url = 'https://elsewhere.example';
    const paths = findLoosening(strict, looser).map((item) => item.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'sites.defaultAction',
        'remoteWipe.requested',
        'connector.routing.EU',
      ]),
    );
    expect(findLoosening(example, example)).toEqual([]);
  });

  it('flags dropped suppression entries, a changed hash key and re-allowed notice exemptions', () => {
    const entry = `hmac-sha256:${'A'.repeat(43)}`;
    const strict = structuredClone(example);
    strict.suppression = { ...strict.suppression, hashKey: 'k'.repeat(43), entries: [entry] };
    strict.notices = { allowExemptionClaims: false };
    const looser = structuredClone(strict);
    looser.suppression = { ...looser.suppression, hashKey: 'j'.repeat(43), entries: [] };
    delete looser.notices;
    expect(new Set(findLoosening(strict, looser).map((item) => item.path))).toEqual(
      new Set(['suppression.entries', 'suppression.hashKey', 'notices.allowExemptionClaims']),
    );
    const more = structuredClone(strict);
    more.suppression.entries = [entry, `hmac-sha256:${'B'.repeat(43)}`];
    expect(findLoosening(strict, more)).toEqual([]);
  });

  it('lets a salesperson forbid notice exemptions for themselves, never allow them', () => {
    const forbidding = structuredClone(example);
    forbidding.notices = { allowExemptionClaims: false };
    expect(tighten(example, { forbidNoticeExemptions: true }).notices).toEqual({
      allowExemptionClaims: false,
    });
    expect(tighten(forbidding, { forbidNoticeExemptions: false }).notices).toEqual({
      allowExemptionClaims: false,
    });
    expect(tighten(example, { forbidNoticeExemptions: false }).notices).toBeUndefined();
  });

  it('refuses raw values and short keys in the suppression section', () => {
    const bad = structuredClone(example) as unknown as Record<string, Record<string, unknown>>;
    bad.suppression = { checkBeforeDelivery: true, entries: ['jana@example.com'] };
    expect(parsePolicy(bad).ok).toBe(false);
    bad.suppression = { checkBeforeDelivery: true, hashKey: 'short' };
    expect(parsePolicy(bad).ok).toBe(false);
  });
});
