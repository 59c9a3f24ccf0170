import { describe, expect, it } from 'vitest';
import {
  DROPPED_FIELD_ENTITY,
  generateTenantKey,
  minimiseRecord,
  type MinimisableRecord,
} from '@src/redact';

const lead: MinimisableRecord = {
  name: 'Jane Doe',
  jobTitle: 'Head of Procurement',
  organization: 'Acme Ltd',
  emails: ['jane@acme.example', ''],
  phones: ['+44 20 7946 0958'],
  urls: ['https://acme.example/team'],
  locality: 'Leeds',
  country: 'GB',
  notes: 'Met at the fair. Her card 4111 1111 1111 1111 is on file; NI number AB 12 34 56 C.',
};

const rules = {
  CREDIT_CARD: { operator: 'mask' as const, keepLast: 4 },
  UK_NINO: { operator: 'remove' as const },
};

describe('minimiseRecord', () => {
  it('drops fields the policy does not allow and redacts the rest', async () => {
    const result = await minimiseRecord(lead, {
      allowedFields: ['name', 'organization', 'emails', 'notes'],
      rules,
    });
    expect(result.record).toEqual({
      name: 'Jane Doe',
      organization: 'Acme Ltd',
      emails: ['jane@acme.example'],
      notes: 'Met at the fair. Her card **** **** **** 1111 is on file; NI number .',
    });
    expect(result.blocked).toBeUndefined();
    expect(result.log).toEqual([
      { entity: DROPPED_FIELD_ENTITY, field: 'country', operator: 'drop-field' },
      { entity: DROPPED_FIELD_ENTITY, field: 'jobTitle', operator: 'drop-field' },
      { entity: DROPPED_FIELD_ENTITY, field: 'locality', operator: 'drop-field' },
      { entity: 'CREDIT_CARD', field: 'notes', operator: 'mask' },
      { entity: 'UK_NINO', field: 'notes', operator: 'remove' },
      { entity: DROPPED_FIELD_ENTITY, field: 'phones', operator: 'drop-field' },
      { entity: DROPPED_FIELD_ENTITY, field: 'urls', operator: 'drop-field' },
    ]);
    expect(JSON.stringify(result.log)).not.toMatch(/4111|AB 12|Leeds/);
  });

  it('blocks special-category data without an Art. 9 condition, naming categories only', async () => {
    const record = { notes: 'He mentioned his diabetes and that he is a trade union rep.' };
    const result = await minimiseRecord(record, { allowedFields: ['notes'], rules });
    expect(result.blocked).toEqual({
      reason: 'special-category-data',
      categories: ['HEALTH_DATA', 'TRADE_UNION_MEMBERSHIP'],
    });
    expect(JSON.stringify(result.blocked)).not.toContain('diabetes');
  });

  it('allows special-category data when policy and record name the same condition', async () => {
    const record = { notes: '他患有糖尿病。' };
    const allowed = await minimiseRecord(record, {
      allowedFields: ['notes'],
      rules: { HEALTH_DATA: { operator: 'replace' } },
      art9Condition: 'explicit_consent',
      policyArt9Conditions: ['explicit_consent'],
    });
    expect(allowed.blocked).toBeUndefined();
    expect(allowed.record.notes).toBe('他<HEALTH_DATA><HEALTH_DATA>。');
    const notPermitted = await minimiseRecord(record, {
      allowedFields: ['notes'],
      rules: {},
      art9Condition: 'explicit_consent',
      policyArt9Conditions: ['legal_claims'],
    });
    expect(notPermitted.blocked?.categories).toEqual(['HEALTH_DATA']);
    const bogus = await minimiseRecord(record, {
      allowedFields: ['notes'],
      rules: {},
      art9Condition: 'because' as never,
    });
    expect(bogus.blocked?.categories).toEqual(['HEALTH_DATA']);
  });

  it('special-category data in a dropped field does not block', async () => {
    const result = await minimiseRecord(
      { name: 'A', notes: 'pregnant' },
      { allowedFields: ['name'], rules },
    );
    expect(result.blocked).toBeUndefined();
    expect(result.record).toEqual({ name: 'A' });
  });

  it('hash rules pseudonymise list fields so duplicates still match', async () => {
    const hmacKey = await generateTenantKey();
    const options = {
      allowedFields: ['emails'],
      rules: { EMAIL_ADDRESS: { operator: 'hash' as const } },
      hmacKey,
    };
    const a = await minimiseRecord({ emails: ['Jane@Acme.example'] }, options);
    const b = await minimiseRecord({ emails: ['jane@acme.example'] }, options);
    expect(a.record.emails).toEqual(b.record.emails);
    expect(a.record.emails?.[0]).toMatch(/^<EMAIL_ADDRESS:[0-9a-f]{24}>$/);
  });

  it('a stricter threshold keeps weaker findings out', async () => {
    const result = await minimiseRecord(
      { notes: 'server 10.0.0.1' },
      { allowedFields: ['notes'], rules: { IP_ADDRESS: { operator: 'remove' } }, minScore: 0.99 },
    );
    expect(result.record.notes).toBe('server 10.0.0.1');
  });

  it('ignores non-string items in list fields', async () => {
    const record = { emails: ['a@b.example', 42 as unknown as string] };
    const result = await minimiseRecord(record, { allowedFields: ['emails'], rules: {} });
    expect(result.record.emails).toEqual(['a@b.example']);
  });
});
