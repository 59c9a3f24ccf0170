import { describe, expect, it } from 'vitest';
import { AUDIT_EVENT_TYPES, AuditSchemaError } from '@src/audit/event-schema';
import { appendAuditEvent, EMPTY_CHAIN_HEAD, validateAuditInput } from '@src/audit/hash-chain';
import { RECORD_ID } from './helpers';

async function refusal(input: unknown): Promise<AuditSchemaError> {
  const error: unknown = await appendAuditEvent(
    EMPTY_CHAIN_HEAD,
    input as Parameters<typeof appendAuditEvent>[1],
    1,
  ).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuditSchemaError);
  return error as AuditSchemaError;
}

describe('audit event whitelist', () => {
  it('accepts every event type with ids, counts, enums and hashes', async () => {
    for (const type of AUDIT_EVENT_TYPES) {
      const { event } = await appendAuditEvent(
        EMPTY_CHAIN_HEAD,
        {
          type,
          recordId: RECORD_ID,
          envelopeId: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
          deviceKid: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs',
          policyId: 'a1b2c3d4e5f60718',
          jurisdiction: 'US-CA',
          count: 3,
          threshold: 2,
          reason: 'user_request',
          outcome: 'ok',
          alertKind: 'exports_per_day',
          digest: 'ab'.repeat(32),
        },
        1,
      );
      expect(event.type).toBe(type);
    }
  });

  it('refuses an email smuggled into an id field, without echoing it', async () => {
    const error = await refusal({ type: 'capture', recordId: 'ada@example.org' });
    expect(error.fields).toEqual(['recordId']);
    expect(error.message).not.toContain('ada');
    expect(error.message).not.toContain('example');
  });

  it('refuses unknown (free-text) fields, and does not echo their names', async () => {
    const error = await refusal({ type: 'capture', 'ada@example.org': 'Ada Lovelace' });
    expect(error.fields).toEqual(['<unknown field>']);
    expect(error.message).not.toContain('ada');
    await refusal({ type: 'edit', note: 'changed the phone number' });
    await refusal({ type: 'edit', details: { email: 'x@y.z' } });
  });

  it('refuses names, phone numbers and free text in every string field', async () => {
    const stringFields = [
      'recordId',
      'envelopeId',
      'deviceKid',
      'policyId',
      'jurisdiction',
      'digest',
    ];
    const values = ['Ada Lovelace', '+44 20 7946 0958', 'ada@example.org', 'hello', ''];
    for (const field of stringFields) {
      for (const value of values) {
        await refusal({ type: 'capture', [field]: value });
      }
    }
  });

  it('refuses unknown types, reasons, non-integer or negative counts, and non-objects', async () => {
    await refusal({ type: 'browse' });
    await refusal({ type: 'erase', reason: 'because she asked nicely' });
    await refusal({ type: 'capture', count: 1.5 });
    await refusal({ type: 'capture', count: -1 });
    await refusal({ type: 'capture', count: '3' });
    await refusal({ type: 'capture', digest: 'AB'.repeat(32) });
    await refusal(null);
    await refusal('capture');
  });

  it('callers cannot set chain fields themselves', () => {
    expect(() => validateAuditInput({ type: 'lock', seq: 0 })).toThrow(AuditSchemaError);
    expect(() => validateAuditInput({ type: 'lock', hash: '0'.repeat(64) })).toThrow(
      AuditSchemaError,
    );
  });
});
