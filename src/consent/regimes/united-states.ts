// Rule sets for California (CCPA as amended by CPRA) and the other US state privacy laws.
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { ref } from './ref';

const NO_TRANSFER_RULE = (law: string, article: string): RuleSet['crossBorder'] => ({
  mechanisms: [],
  separateConsentRequired: false,
  freeDestinations: [],
  reference: ref(law, article),
});

/** US state laws without a lawful-basis requirement: every basis is acceptable as a record. */
function allBasesRecorded(law: string, article: string): RuleSet['allowedBases'] {
  const reference = ref(law, article);
  return [
    { basis: 'consent', reference },
    { basis: 'contract', reference },
    { basis: 'legal_obligation', reference },
    { basis: 'vital_interests', reference },
    { basis: 'public_task', reference },
    { basis: 'legitimate_interests', reference, localName: 'business purpose' },
  ];
}

export const US_CA_CCPA: RuleSet = {
  id: 'US-CA',
  name: {
    en: 'California Consumer Privacy Act (CCPA, as amended by CPRA)',
    zh: '《加州消费者隐私法》（经CPRA修订）',
  },
  law: 'CCPA (Cal. Civ. Code § 1798.100 et seq.)',
  allowedBases: allBasesRecorded('CCPA', '§ 1798.100(c)'),
  // The B2B contact exemption (§ 1798.145(n)) expired on 1 January 2023.
  businessContactExemption: null,
  notice: {
    deadline: { kind: 'before-processing' },
    reference: ref('CCPA', '§ 1798.100(a); 11 CCR § 7012'),
    exemptions: [],
    noticeAtCollectionRequired: true,
  },
  sensitiveData: {
    categories: [
      'racial_or_ethnic_origin',
      'religious_or_philosophical_beliefs',
      'trade_union_membership',
      'genetic_data',
      'biometric_data',
      'health',
      'sex_life_or_sexual_orientation',
      'financial_account',
      'precise_geolocation',
      'government_identifier',
    ],
    rule: 'opt-out-right',
    conditions: [{ id: 'limit_use_notice', reference: ref('CCPA', '§ 1798.121') }],
    reference: ref('CCPA', '§ 1798.140(ae)'),
  },
  crossBorder: NO_TRANSFER_RULE('CCPA', '§ 1798.100'),
  retention: {
    defaultDays: 365,
    reference: ref('CCPA', '§ 1798.100(a)(3)'),
    source: 'project-default',
  },
  complaintAuthority: {
    en: 'the California Privacy Protection Agency (cppa.ca.gov) or the California Attorney General',
    zh: '加州隐私保护局（cppa.ca.gov）或加州总检察长',
  },
  rights: {
    en: 'know, access, delete, correct, opt out of sale or sharing, limit use of sensitive personal information, non-discrimination',
    zh: '知情、查阅、删除、更正、选择退出出售或共享、限制敏感个人信息的使用、不受歧视',
  },
  rightsReference: ref('CCPA', '§§ 1798.100-1798.125'),
  saleShareOptOut: ref('CCPA', '§§ 1798.120, 1798.135'),
};

export const OTHER_US_STATE_LAWS = [
  'Virginia VCDPA (Va. Code § 59.1-575 et seq.)',
  'Colorado CPA (C.R.S. § 6-1-1301 et seq.)',
  'Connecticut CTDPA (Public Act 22-15)',
  'Utah UCPA (Utah Code § 13-61-101 et seq.)',
  'Texas TDPSA (Bus. & Com. Code ch. 541)',
  'Oregon OCPA (ORS 646A.570 et seq.)',
  'Montana MCDPA',
  'Iowa ICDPA',
  'Delaware DPDPA',
  'New Hampshire (RSA 507-H)',
  'New Jersey (P.L. 2023, c. 266)',
  'Nebraska DPA',
  'Tennessee TIPA',
  'Minnesota MCDPA',
  'Maryland MODPA',
  'Indiana ICDPA',
  'Kentucky KCDPA',
  'Rhode Island RIDTPPA',
] as const;

export const US_OTHER: RuleSet = {
  id: 'US-OTHER',
  name: { en: 'Other US state consumer privacy laws', zh: '美国其他州消费者隐私法' },
  law: 'US state privacy laws (modelled on Virginia VCDPA)',
  allowedBases: [
    ...allBasesRecorded('VCDPA', '§ 59.1-578'),
    {
      basis: 'business_contact',
      reference: ref('VCDPA', '§ 59.1-575 ("consumer")'),
      localName: 'commercial or employment context',
    },
  ],
  businessContactExemption: {
    reference: ref(
      'VCDPA',
      '§ 59.1-575 ("consumer" excludes a person acting in a commercial or employment context)',
    ),
    description:
      'A person acting in a commercial or employment context is not a "consumer" under most state laws (not California).',
    covers: ['name', 'jobTitle', 'organization', 'emails', 'phones', 'urls'],
  },
  notice: {
    deadline: { kind: 'on-request' },
    reference: ref('VCDPA', '§ 59.1-578(C)'),
    exemptions: [],
  },
  sensitiveData: {
    categories: [
      'racial_or_ethnic_origin',
      'religious_or_philosophical_beliefs',
      'genetic_data',
      'biometric_data',
      'health',
      'sex_life_or_sexual_orientation',
      'precise_geolocation',
    ],
    rule: 'explicit-consent-required',
    conditions: [{ id: 'explicit_consent', reference: ref('VCDPA', '§ 59.1-578(A)(5)') }],
    reference: ref('VCDPA', '§ 59.1-575 ("sensitive data")'),
  },
  crossBorder: NO_TRANSFER_RULE('VCDPA', '§ 59.1-578'),
  retention: {
    defaultDays: 730,
    reference: ref('VCDPA', '§ 59.1-578(A)(1)'),
    source: 'project-default',
  },
  complaintAuthority: { en: "your state's Attorney General", zh: '您所在州的总检察长' },
  rights: {
    en: 'access, correction, deletion, portability, opt out of targeted advertising, sale and profiling',
    zh: '查阅、更正、删除、可携带、选择退出定向广告、出售和画像',
  },
  rightsReference: ref('VCDPA', '§ 59.1-577'),
  relatedLaws: OTHER_US_STATE_LAWS,
};
