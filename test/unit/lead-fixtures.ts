// A lead record for unit tests outside the connector.
import type { LeadRecord } from '@src/lead/record';

export function leadRecord(overrides: Partial<LeadRecord> = {}): LeadRecord {
  const at = '2026-11-23T10:00:00.000Z';
  return {
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    capturedAt: at,
    sourceUrl: 'https://meridian-analytics.co.uk/team',
    person: {
      name: 'Ada Lovelace',
      emails: ['ada@meridian-analytics.co.uk'],
      phones: [],
      urls: [],
    },
    provenance: {},
    delivery: { state: 'pending', attempts: 0 },
    ...overrides,
  };
}
