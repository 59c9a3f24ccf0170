// The built-in policy used when no administrator policy is available: strict and safe.
// Nothing leaves (no lawful bases, no connector routes), special categories are blocked,
// retention is short, sources with visibility restrictions are denied. Must never be loosened.
import type { Policy } from './schema';
import { JURISDICTIONS, type Jurisdiction } from './vocabulary';

const MINIMAL_FIELDS = ['name', 'jobTitle', 'organization'] as const;
const BUSINESS_FIELDS = ['name', 'jobTitle', 'organization', 'emails', 'country'] as const;

function perJurisdiction<T>(value: (jurisdiction: Jurisdiction) => T): Record<Jurisdiction, T> {
  return Object.fromEntries(JURISDICTIONS.map((j) => [j, value(j)])) as Record<Jurisdiction, T>;
}

export const DEFAULT_PERSONAL_WEBMAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'qq.com',
  '163.com',
  '126.com',
  'yandex.ru',
  'mail.ru',
] as const;

export const DEFAULT_POLICY: Policy = deepFreeze({
  schemaVersion: 1,
  policyId: 'built-in-defaults',
  version: 1,
  description:
    'Built-in safe defaults: nothing leaves the browser until an administrator policy applies.',
  purposes: [
    {
      id: 'sales_prospecting',
      name: 'Sales prospecting',
      description: 'Recording business contacts to offer the company products and services.',
    },
  ],
  lawfulBases: {},
  liaTemplates: [],
  minimisation: {
    allowedFields: perJurisdiction((j) =>
      j === 'UNKNOWN' ? [...MINIMAL_FIELDS] : [...BUSINESS_FIELDS],
    ),
    redaction: {
      CREDIT_CARD: { operator: 'remove' },
      US_SSN: { operator: 'remove' },
      IBAN_CODE: { operator: 'remove' },
      US_PASSPORT: { operator: 'remove' },
      US_BANK_NUMBER: { operator: 'remove' },
      UK_NHS: { operator: 'remove' },
      MEDICAL_LICENSE: { operator: 'remove' },
      CRYPTO: { operator: 'remove' },
      IP_ADDRESS: { operator: 'remove' },
    },
    blockSpecialCategories: true,
  },
  sites: {
    defaultAction: 'allow',
    allow: [],
    deny: ['linkedin.com', 'facebook.com', 'instagram.com', 'xing.com'],
    webmail: perJurisdiction(() => 'remove' as const),
    webmailDomains: [...DEFAULT_PERSONAL_WEBMAIL_DOMAINS],
  },
  retention: { defaultDays: 30, days: {}, legalHold: { active: false } },
  connector: { endpoints: {}, routing: {} },
  signing: {},
  vault: { autoLockMinutes: 5 },
  alerts: { failedUnlockAttempts: 5, outboxBacklog: 50, deliveryDelayHours: 24 },
  suppression: { checkBeforeDelivery: true },
  remoteWipe: { requested: false },
} satisfies Policy);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
