// Shared fixtures for the consent tests: a policy, drafts, keys and a valid record builder.
import { buildLawfulBasisRecord, type PurposeChoice } from '@src/consent/build-receipt';
import type { BasisId, JurisdictionId } from '@src/consent/ids';
import { JURISDICTION_IDS } from '@src/consent/ids';
import { decideJurisdiction } from '@src/consent/jurisdiction-decision';
import { importHmacKey } from '@src/consent/keyed-hash';
import type { LeadDraft } from '@src/consent/lead-draft';
import type { ConsentPolicy } from '@src/consent/policy-input';
import type { LawfulBasisRecord } from '@src/consent/receipt-schema';

const ALL_BASES: BasisId[] = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
  'business_contact',
];

export const POLICY_HASH = 'a'.repeat(64);

/** A permissive policy: every basis for every jurisdiction and purpose (the law then decides). */
export function permissivePolicy(overrides: Partial<ConsentPolicy> = {}): ConsentPolicy {
  const allowedBases: ConsentPolicy['allowedBases'] = {};
  for (const id of JURISDICTION_IDS)
    allowedBases[id] = { prospecting: ALL_BASES, newsletter: ALL_BASES };
  return {
    version: '2026-11-01',
    hash: POLICY_HASH,
    controllers: [
      {
        name: 'Acme GmbH',
        address: 'Hauptstraße 1, 10115 Berlin, Germany',
        email: 'privacy@acme.example',
        dpoEmail: 'dpo@acme.example',
        country: 'DE',
        timeZone: 'Europe/Berlin',
      },
    ],
    purposes: [
      {
        id: 'prospecting',
        description: { en: 'Contacting you about our products', zh: '就我们的产品与您联系' },
        piiCategories: ['name', 'jobTitle', 'organization', 'emails'],
      },
      {
        id: 'newsletter',
        description: { en: 'Sending our newsletter', zh: '发送我们的新闻通讯' },
        piiCategories: ['name', 'emails'],
      },
    ],
    allowedBases,
    retentionDays: 365,
    allowSpecialCategories: true,
    noticeTemplateVersion: 'notice-v3',
    ...overrides,
  };
}

export function draft(overrides: Partial<LeadDraft> = {}): LeadDraft {
  return {
    name: 'Jane Doe',
    emails: ['jane@example.com'],
    phones: [],
    urls: [],
    pageUrl: 'https://example.com/team',
    ...overrides,
  };
}

export const TEST_KEY_BYTES = new Uint8Array(32).map((_, i) => i + 1);

export async function testHmacKey(): Promise<CryptoKey> {
  return importHmacKey(TEST_KEY_BYTES);
}

export const CAPTURED_AT = new Date('2026-03-10T09:00:00.000Z');
export const NOW = new Date('2026-03-10T09:05:00.000Z');

export const CONSENT_EVIDENCE = {
  method: 'web-form' as const,
  textVersionHash: 'b'.repeat(64),
  givenAt: '2026-03-10T08:59:00.000Z',
  withdrawalMethod: 'Reply STOP or email privacy@acme.example',
};

export const LIA = {
  assessmentRef: 'LIA-2026-07',
  interestsPursued: 'B2B prospecting of relevant professionals',
};

/** A record for a jurisdiction and basis with everything the basis needs, home-country CRM. */
export async function validRecord(
  jurisdiction: JurisdictionId,
  basis: BasisId,
  overrides: Partial<LawfulBasisRecord> = {},
  policy: ConsentPolicy = permissivePolicy(),
): Promise<LawfulBasisRecord> {
  const choice: PurposeChoice = {
    purposeId: 'prospecting',
    basis,
    ...(basis === 'consent' ? { consent: CONSENT_EVIDENCE } : {}),
    ...(basis === 'legitimate_interests' ? { legitimateInterest: LIA } : {}),
  };
  const decision = decideJurisdiction(
    { jurisdiction, confidence: 1, reasons: [], candidates: [] },
    NOW,
  );
  const result = await buildLawfulBasisRecord({
    draft: draft(),
    decision,
    policy,
    purposes: [choice],
    subjectKey: await testHmacKey(),
    capturedAt: CAPTURED_AT,
    now: NOW,
    collectionMethod: 'web-page-capture',
    language: 'en',
    extras: {
      recipients: [{ name: 'Acme CRM', role: 'crm' }],
      fieldSources: [
        {
          field: 'name',
          method: 'json-ld',
          locator: 'script[type="application/ld+json"]',
          pageUrl: 'https://example.com/team',
          capturedAt: CAPTURED_AT.toISOString(),
        },
      ],
      ...(jurisdiction === 'US-CA'
        ? {
            ccpa: {
              noticeAtCollection: { version: 'nac-1', givenAt: CAPTURED_AT.toISOString() },
              saleOrShare: false,
            },
          }
        : {}),
      ...((jurisdiction === 'CA' || jurisdiction === 'CA-QC') && basis === 'business_contact'
        ? { pipeda: { businessContact: true } }
        : {}),
    },
  });
  if (!result.ok) throw new Error('fixture record failed');
  return { ...result.record, ...overrides };
}
