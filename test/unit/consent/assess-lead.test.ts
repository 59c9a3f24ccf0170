import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessLead, type Assessment } from '@src/consent/assess-lead';
import {
  BASIS_IDS,
  type BasisId,
  type JurisdictionId,
  type KnownJurisdictionId,
} from '@src/consent/ids';
import type { ConsentPolicy } from '@src/consent/policy-input';
import type { LawfulBasisRecord } from '@src/consent/receipt-schema';
import { KNOWN_REGIMES, ruleSetFor } from '@src/consent/regimes/index';
import { CONSENT_EVIDENCE, NOW, permissivePolicy, validRecord } from './fixtures';

const HOME: Record<JurisdictionId, string> = {
  EU: 'DE',
  UK: 'GB',
  CH: 'CH',
  'US-CA': 'US',
  'US-OTHER': 'US',
  CN: 'CN',
  CA: 'CA',
  'CA-QC': 'CA',
  BR: 'BR',
  SG: 'SG',
  AU: 'AU',
  JP: 'JP',
  KR: 'KR',
  IN: 'IN',
  UNKNOWN: 'DE',
};

const NOT_SUPPRESSED = { suppressed: false } as const;

function assess(
  record: unknown,
  policy: ConsentPolicy = permissivePolicy(),
  suppressed = false,
): Assessment {
  return assessLead({
    record,
    policy,
    suppression: suppressed
      ? { suppressed: true, code: 'suppressed', message: { en: 'x', zh: 'x' } }
      : NOT_SUPPRESSED,
    now: NOW,
  });
}

async function homeRecord(
  jurisdiction: JurisdictionId,
  basis: BasisId,
  overrides: Partial<LawfulBasisRecord> = {},
  policy?: ConsentPolicy,
) {
  const base = await validRecord(jurisdiction, basis, {}, policy);
  const recipients = [{ name: 'Acme CRM', role: 'crm' as const, country: HOME[jurisdiction] }];
  const crossBorderTransfers =
    jurisdiction === 'UNKNOWN'
      ? [
          {
            toCountry: HOME[jurisdiction],
            mechanism: 'sccs' as const,
            separateConsent: CONSENT_EVIDENCE,
          },
        ]
      : jurisdiction === 'CA-QC'
        ? [{ toCountry: 'CA', mechanism: 'contractual_comparable_protection' as const }]
        : [];
  return { ...base, recipients, crossBorderTransfers, ...overrides };
}

const codes = (a: Assessment) => a.problems.map((p) => p.code);
const blocking = (a: Assessment) =>
  a.problems.filter((p) => p.severity === 'block').map((p) => p.code);

describe('assessLead: every regime × every basis', () => {
  const rows = (Object.keys(KNOWN_REGIMES) as KnownJurisdictionId[])
    .concat(['UNKNOWN'] as never[])
    .flatMap((j: JurisdictionId) => BASIS_IDS.map((basis) => [j, basis] as const));

  it.each(rows)(
    '%s with %s is allowed exactly when the law has that basis',
    async (jurisdiction, basis) => {
      const result = assess(await homeRecord(jurisdiction, basis));
      const lawHasIt = ruleSetFor(jurisdiction).allowedBases.some((b) => b.basis === basis);
      expect(result.jurisdiction).toBe(jurisdiction);
      if (lawHasIt) {
        expect(blocking(result)).toEqual([]);
        expect(result.allowed).toBe(true);
      } else {
        expect(result.allowed).toBe(false);
        expect(blocking(result)).toEqual(['basis_not_allowed_by_law']);
        const p = result.problems.find((x) => x.code === 'basis_not_allowed_by_law');
        expect(p?.regime).toBe(jurisdiction);
        expect(p?.reference.article.length).toBeGreaterThan(0);
      }
    },
  );

  it('GDPR has no legitimate-interests gap but PIPL and DPDP do', async () => {
    expect(assess(await homeRecord('EU', 'legitimate_interests')).allowed).toBe(true);
    expect(codes(assess(await homeRecord('CN', 'legitimate_interests')))).toContain(
      'basis_not_allowed_by_law',
    );
    expect(codes(assess(await homeRecord('IN', 'legitimate_interests')))).toContain(
      'basis_not_allowed_by_law',
    );
    expect(codes(assess(await homeRecord('EU', 'business_contact')))).toContain(
      'basis_not_allowed_by_law',
    );
    expect(assess(await homeRecord('CA', 'business_contact')).allowed).toBe(true);
    expect(assess(await homeRecord('SG', 'business_contact')).allowed).toBe(true);
  });
});

describe('assessLead: missing evidence', () => {
  it('consent without evidence is refused', async () => {
    const record = await homeRecord('EU', 'consent');
    const purposes = record.purposes.map(({ consent: _c, ...p }) => p);
    const result = assess({ ...record, purposes });
    expect(result.allowed).toBe(false);
    expect(codes(result)).toEqual(['consent_evidence_missing']);
    expect(result.problems[0]?.reference).toEqual({ law: 'GDPR', article: 'Art. 6(1)(a)' });
    expect(result.problems[0]?.purposeId).toBe('prospecting');
  });

  it.each(['CN', 'IN', 'EU', 'UK', 'UNKNOWN'] as const)(
    'implied consent is refused where consent must be express (%s)',
    async (j) => {
      const record = await homeRecord(j, 'consent');
      const purposes = record.purposes.map((p) => ({
        ...p,
        consent: { ...CONSENT_EVIDENCE, method: 'implied' as const },
      }));
      expect(blocking(assess({ ...record, purposes }))).toEqual(['consent_not_explicit']);
    },
  );

  it('implied consent is accepted where the law allows it (PIPEDA, non-sensitive)', async () => {
    const record = await homeRecord('CA', 'consent');
    const purposes = record.purposes.map((p) => ({
      ...p,
      consent: { ...CONSENT_EVIDENCE, method: 'implied' as const },
    }));
    expect(assess({ ...record, purposes }).allowed).toBe(true);
  });

  it('consent given in the future is refused', async () => {
    const record = await homeRecord('EU', 'consent');
    const purposes = record.purposes.map((p) => ({
      ...p,
      consent: { ...CONSENT_EVIDENCE, givenAt: '2027-01-01T00:00:00.000Z' },
    }));
    expect(blocking(assess({ ...record, purposes }))).toEqual(['consent_in_future']);
  });

  it.each(['EU', 'UK', 'BR', 'KR', 'SG'] as const)(
    'legitimate interests without an assessment are refused (%s)',
    async (j) => {
      const record = await homeRecord(j, 'legitimate_interests');
      const purposes = record.purposes.map(({ legitimateInterest: _l, ...p }) => p);
      expect(blocking(assess({ ...record, purposes }))).toEqual(['lia_missing']);
    },
  );

  it.each(['CA', 'CA-QC'] as const)('business contact needs the PIPEDA flag (%s)', async (j) => {
    const record = await homeRecord(j, 'business_contact');
    expect(blocking(assess({ ...record, pipeda: undefined }))).toEqual([
      'business_contact_flag_missing',
    ]);
    expect(blocking(assess({ ...record, pipeda: { businessContact: false } }))).toEqual([
      'business_contact_flag_missing',
    ]);
  });

  it('the Quebec work-contact exemption does not cover web profile addresses', async () => {
    const record = await homeRecord('CA-QC', 'business_contact');
    const purposes = record.purposes.map((p) => ({
      ...p,
      piiCategories: [...p.piiCategories, 'urls' as const],
    }));
    const result = assess({ ...record, purposes });
    expect(blocking(result)).toEqual(['business_contact_not_applicable']);
    expect(result.problems[0]?.reference.law).toBe('P-39.1');
  });

  it('California needs the notice at collection and the sale/share flag', async () => {
    const record = await homeRecord('US-CA', 'legitimate_interests');
    expect(blocking(assess({ ...record, ccpa: undefined }))).toEqual([
      'ccpa_notice_at_collection_missing',
      'ccpa_sale_share_flag_missing',
    ]);
    expect(blocking(assess({ ...record, ccpa: { saleOrShare: true } }))).toEqual([
      'ccpa_notice_at_collection_missing',
    ]);
    const selling = assess({ ...record, ccpa: { ...record.ccpa!, saleOrShare: true } });
    expect(selling.allowed).toBe(true);
    expect(codes(selling)).toContain('ccpa_sale_share_opt_out');
    expect(
      selling.problems.find((p) => p.code === 'ccpa_sale_share_opt_out')?.reference.article,
    ).toBe('§§ 1798.120, 1798.135');
  });
});

describe('assessLead: policy', () => {
  it('refuses a basis the law allows but the policy does not', async () => {
    const policy = permissivePolicy({ allowedBases: { EU: { prospecting: ['consent'] } } });
    const result = assess(await homeRecord('EU', 'legitimate_interests', {}, policy), policy);
    expect(blocking(result)).toEqual(['basis_not_allowed_by_policy']);
    expect(result.problems[0]?.reference.law).toBe('Organisation policy');
  });

  it('refuses when the policy lists no bases for the jurisdiction at all', async () => {
    const policy = permissivePolicy({ allowedBases: {} });
    expect(blocking(assess(await homeRecord('JP', 'consent', {}, policy), policy))).toEqual([
      'basis_not_allowed_by_policy',
    ]);
  });

  it('refuses a purpose the policy does not know', async () => {
    const record = await homeRecord('EU', 'consent');
    const purposes = record.purposes.map((p) => ({ ...p, purposeId: 'resale' }));
    expect(blocking(assess({ ...record, purposes }))).toEqual([
      'purpose_not_in_policy',
      'basis_not_allowed_by_policy',
    ]);
  });

  it('refuses a record made under another policy version', async () => {
    const record = await homeRecord('EU', 'consent');
    expect(
      blocking(assess({ ...record, policy: { version: 'old', hash: 'c'.repeat(64) } })),
    ).toEqual(['policy_version_mismatch']);
  });

  it('refuses an unconfirmed jurisdiction', async () => {
    const record = await homeRecord('EU', 'consent');
    expect(
      blocking(assess({ ...record, jurisdiction: { ...record.jurisdiction, method: 'inferred' } })),
    ).toEqual(['jurisdiction_unconfirmed']);
  });

  it('refuses retention beyond the policy or regime limit, and an inconsistent end date', async () => {
    const record = await homeRecord('CN', 'consent');
    const tooLong = {
      ...record,
      retention: {
        days: 400,
        endsAt: new Date(Date.parse(record.capturedAt) + 400 * 86_400_000).toISOString(),
      },
    };
    const result = assess(tooLong);
    expect(blocking(result)).toEqual(['retention_too_long']);
    expect(result.problems.find((p) => p.code === 'retention_too_long')?.message.en).toContain(
      '180',
    );
    expect(
      blocking(
        assess({
          ...record,
          retention: { ...record.retention, endsAt: '2030-01-01T00:00:00.000Z' },
        }),
      ),
    ).toEqual(['retention_end_mismatch']);
  });

  it('warns when no CRM recipient is recorded', async () => {
    const result = assess(await homeRecord('US-OTHER', 'legitimate_interests', { recipients: [] }));
    expect(result.allowed).toBe(true);
    expect(codes(result)).toEqual(['no_recipients']);
  });
});

describe('assessLead: suppressed and malformed', () => {
  it('refuses a suppressed person whatever else is right', async () => {
    const result = assess(await homeRecord('EU', 'consent'), permissivePolicy(), true);
    expect(result.allowed).toBe(false);
    expect(blocking(result)).toEqual(['suppressed']);
    expect(result.problems[0]?.message.zh.length).toBeGreaterThan(0);
  });

  it('reports a malformed record instead of throwing', () => {
    const result = assess({ jurisdiction: { id: 'EU' }, purposes: 'nope' });
    expect(result).toMatchObject({ allowed: false, jurisdiction: 'EU' });
    expect(codes(result)).toEqual(['record_invalid']);
  });

  it('never throws and never allows arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = assess(input);
        expect(result.allowed).toBe(false);
        expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('assessLead: special categories', () => {
  const health = (condition: string) => ({
    sensitive: true,
    specialCategories: [
      {
        category: 'health' as const,
        condition,
        reference: { law: 'GDPR', article: 'Art. 9(2)(a)' },
      },
    ],
  });

  it('refuses Art. 9 data without a valid condition', async () => {
    const result = assess(await homeRecord('EU', 'consent', health('because')));
    expect(blocking(result)).toEqual(['special_category_condition_missing']);
    expect(result.problems[0]?.reference).toEqual({ law: 'GDPR', article: 'Art. 9(1)' });
  });

  it('refuses explicit-consent condition without consent evidence', async () => {
    expect(
      blocking(assess(await homeRecord('EU', 'legitimate_interests', health('explicit_consent')))),
    ).toEqual(['special_category_explicit_consent_missing']);
  });

  it('allows Art. 9(2)(a) with consent, and (e) manifestly made public without', async () => {
    expect(assess(await homeRecord('EU', 'consent', health('explicit_consent'))).allowed).toBe(
      true,
    );
    expect(
      assess(await homeRecord('EU', 'legitimate_interests', health('manifestly_made_public')))
        .allowed,
    ).toBe(true);
  });

  it('refuses any special category when the policy forbids them', async () => {
    const policy = permissivePolicy({ allowSpecialCategories: false });
    expect(
      blocking(
        assess(await homeRecord('EU', 'consent', health('explicit_consent'), policy), policy),
      ),
    ).toEqual(['special_category_not_allowed_by_policy']);
  });

  it('PIPL sensitive data needs separate consent; California only warns (right to limit)', async () => {
    expect(
      blocking(assess(await homeRecord('CN', 'contract', health('separate_consent')))),
    ).toEqual(['special_category_explicit_consent_missing']);
    expect(assess(await homeRecord('CN', 'consent', health('separate_consent'))).allowed).toBe(
      true,
    );
    const ca = assess(await homeRecord('US-CA', 'legitimate_interests', health('none')));
    expect(ca.allowed).toBe(true);
    expect(codes(ca)).toContain('sensitive_limit_right');
  });

  it('refuses a record whose sensitive flag contradicts its categories', async () => {
    expect(codes(assess(await homeRecord('EU', 'consent', { sensitive: true })))).toContain(
      'record_invalid',
    );
  });
});

describe('assessLead: cross-border', () => {
  const usCrm = { recipients: [{ name: 'Acme CRM', role: 'crm' as const, country: 'US' }] };

  it('refuses an EU→US transfer without a mechanism and accepts SCCs', async () => {
    const result = assess(await homeRecord('EU', 'consent', usCrm));
    expect(blocking(result)).toEqual(['transfer_mechanism_missing']);
    expect(result.problems[0]?.reference).toEqual({ law: 'GDPR', article: 'Arts. 44-49' });
    expect(
      assess(
        await homeRecord('EU', 'consent', {
          ...usCrm,
          crossBorderTransfers: [{ toCountry: 'US', mechanism: 'sccs' }],
        }),
      ).allowed,
    ).toBe(true);
  });

  it('refuses a mechanism the regime does not accept', async () => {
    const record = await homeRecord('EU', 'consent', {
      ...usCrm,
      crossBorderTransfers: [{ toCountry: 'US', mechanism: 'pipl_standard_contract' }],
    });
    expect(blocking(assess(record))).toEqual(['transfer_mechanism_missing']);
  });

  it('treats adequate destinations as free (EU→CH) and the UK IDTA as a UK mechanism', async () => {
    expect(
      assess(
        await homeRecord('EU', 'consent', {
          recipients: [{ name: 'CRM', role: 'crm', country: 'CH' }],
        }),
      ).allowed,
    ).toBe(true);
    const uk = await homeRecord('UK', 'consent', {
      ...usCrm,
      crossBorderTransfers: [{ toCountry: 'US', mechanism: 'uk_idta' }],
    });
    expect(assess(uk).allowed).toBe(true);
  });

  it('PIPL needs a mechanism and the separate consent (Art. 38-39)', async () => {
    const deCrm = { recipients: [{ name: 'CRM', role: 'crm' as const, country: 'DE' }] };
    const noConsent = await homeRecord('CN', 'consent', {
      ...deCrm,
      crossBorderTransfers: [{ toCountry: 'DE', mechanism: 'pipl_standard_contract' }],
    });
    expect(blocking(assess(noConsent))).toEqual(['transfer_separate_consent_missing']);
    const both = await homeRecord('CN', 'consent', {
      ...deCrm,
      crossBorderTransfers: [
        { toCountry: 'DE', mechanism: 'pipl_standard_contract', separateConsent: CONSENT_EVIDENCE },
      ],
    });
    expect(assess(both).allowed).toBe(true);
    expect(blocking(assess(await homeRecord('CN', 'consent', deCrm)))).toEqual([
      'transfer_mechanism_missing',
      'transfer_separate_consent_missing',
    ]);
  });

  it('Quebec: communicating outside Quebec needs a written agreement (s. 17), even to a Canadian CRM', async () => {
    const record = await homeRecord('CA-QC', 'consent', { crossBorderTransfers: [] });
    const result = assess(record);
    expect(blocking(result)).toEqual(['transfer_mechanism_missing']);
    expect(result.problems[0]?.reference).toEqual({ law: 'P-39.1', article: 's. 17' });
  });

  it('a recipient with no known country counts as a transfer where transfers are restricted', async () => {
    expect(
      blocking(
        assess(await homeRecord('EU', 'consent', { recipients: [{ name: 'CRM', role: 'crm' }] })),
      ),
    ).toEqual(['transfer_mechanism_missing']);
    expect(
      assess(
        await homeRecord('US-OTHER', 'consent', { recipients: [{ name: 'CRM', role: 'crm' }] }),
      ).allowed,
    ).toBe(true);
  });
});

describe('assessLead: unknown jurisdiction', () => {
  it('uses the strictest bases: consent allowed, legitimate interests refused', async () => {
    expect(assess(await homeRecord('UNKNOWN', 'consent')).allowed).toBe(true);
    const li = assess(await homeRecord('UNKNOWN', 'legitimate_interests'));
    expect(blocking(li)).toEqual(['basis_not_allowed_by_law']);
    expect(li.problems[0]?.regime).toBe('UNKNOWN');
  });

  it('uses only bases the policy allows everywhere when it has no UNKNOWN entry', async () => {
    const policy = permissivePolicy({
      allowedBases: {
        EU: { prospecting: ['consent', 'legal_obligation'] },
        CN: { prospecting: ['consent'] },
      },
    });
    expect(assess(await homeRecord('UNKNOWN', 'consent', {}, policy), policy).allowed).toBe(true);
    expect(
      blocking(assess(await homeRecord('UNKNOWN', 'legal_obligation', {}, policy), policy)),
    ).toEqual(['basis_not_allowed_by_policy']);
  });
});

describe('assessLead: messages', () => {
  it('every problem has English and Chinese text, a regime and a reference, and no personal values', async () => {
    const record = await homeRecord('CN', 'contract', {
      sensitive: true,
      specialCategories: [
        { category: 'health', condition: 'x', reference: { law: 'PIPL', article: 'Art. 28' } },
      ],
      recipients: [{ name: 'CRM', role: 'crm', country: 'US' }],
      ccpa: undefined,
    });
    const result = assess(record, permissivePolicy(), true);
    expect(result.problems.length).toBeGreaterThan(3);
    for (const p of result.problems) {
      expect(p.message.en.length).toBeGreaterThan(10);
      expect(p.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.reference.article.length).toBeGreaterThan(0);
      expect(p.regime).toBe('CN');
    }
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/jane/i);
    expect(text).not.toContain(record.piiPrincipalId);
  });
});
