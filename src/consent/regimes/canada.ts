// Rule sets for Canada (PIPEDA) and Quebec (private-sector act as amended by Law 25).
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { ref } from './ref';

export const CA_PIPEDA: RuleSet = {
  id: 'CA',
  name: {
    en: 'Personal Information Protection and Electronic Documents Act (PIPEDA)',
    zh: '加拿大《个人信息保护和电子文件法》（PIPEDA）',
  },
  law: 'PIPEDA (S.C. 2000, c. 5)',
  allowedBases: [
    { basis: 'consent', reference: ref('PIPEDA', 'Sch. 1, Principle 4.3; s. 6.1') },
    {
      basis: 'business_contact',
      reference: ref('PIPEDA', 's. 4.01'),
      localName: 'business contact information',
    },
    { basis: 'legal_obligation', reference: ref('PIPEDA', 's. 7(3)(i)') },
    { basis: 'vital_interests', reference: ref('PIPEDA', 's. 7(3)(e)') },
  ],
  businessContactExemption: {
    reference: ref('PIPEDA', 's. 4.01'),
    description:
      'Business contact information used solely to communicate with the person about their employment, business or profession.',
    covers: ['name', 'jobTitle', 'organization', 'emails', 'phones', 'urls'],
  },
  notice: {
    deadline: { kind: 'before-processing' },
    reference: ref('PIPEDA', 'Sch. 1, Principle 4.2.3'),
    exemptions: [
      {
        code: 'business_contact',
        description: 'Business contact information exemption',
        reference: ref('PIPEDA', 's. 4.01'),
      },
    ],
  },
  sensitiveData: {
    categories: [
      'health',
      'financial_account',
      'religious_or_philosophical_beliefs',
      'sex_life_or_sexual_orientation',
      'racial_or_ethnic_origin',
      'government_identifier',
    ],
    rule: 'explicit-consent-required',
    conditions: [{ id: 'express_consent', reference: ref('PIPEDA', 'Sch. 1, Principle 4.3.6') }],
    reference: ref('PIPEDA', 'Sch. 1, Principle 4.3.4'),
  },
  crossBorder: {
    mechanisms: ['contractual_comparable_protection', 'none_required'],
    separateConsentRequired: false,
    freeDestinations: [],
    reference: ref('PIPEDA', 'Sch. 1, Principle 4.1.3'),
  },
  retention: {
    defaultDays: 730,
    reference: ref('PIPEDA', 'Sch. 1, Principle 4.5.3'),
    source: 'project-default',
  },
  complaintAuthority: {
    en: 'the Office of the Privacy Commissioner of Canada, priv.gc.ca',
    zh: '加拿大隐私专员办公室，priv.gc.ca',
  },
  rights: { en: 'access, correction, withdrawal of consent', zh: '查阅、更正、撤回同意' },
  rightsReference: ref('PIPEDA', 'Sch. 1, Principles 4.3.8, 4.9'),
};

export const CA_QC_LAW25: RuleSet = {
  id: 'CA-QC',
  name: {
    en: 'Quebec private-sector privacy act (as amended by Law 25)',
    zh: '魁北克省私营部门个人信息保护法（经第25号法律修订）',
  },
  law: 'Quebec Private Sector Act (CQLR c. P-39.1)',
  allowedBases: [
    { basis: 'consent', reference: ref('P-39.1', 'ss. 12, 14'), requiresExplicitConsent: false },
    {
      basis: 'business_contact',
      reference: ref('P-39.1', 's. 1, para. 4'),
      localName: 'information on the performance of duties within an enterprise',
    },
    { basis: 'legal_obligation', reference: ref('P-39.1', 's. 18') },
    { basis: 'vital_interests', reference: ref('P-39.1', 's. 18(7)') },
  ],
  businessContactExemption: {
    reference: ref('P-39.1', 's. 1, para. 4'),
    description:
      "Name, title, duties and the address, email and telephone number of the person's place of work.",
    covers: ['name', 'jobTitle', 'organization', 'emails', 'phones'],
  },
  notice: {
    deadline: { kind: 'before-processing' },
    reference: ref('P-39.1', 's. 8'),
    exemptions: [
      {
        code: 'business_contact',
        description: 'Work contact information exemption',
        reference: ref('P-39.1', 's. 1, para. 4'),
      },
    ],
  },
  sensitiveData: {
    categories: [
      'health',
      'biometric_data',
      'genetic_data',
      'racial_or_ethnic_origin',
      'religious_or_philosophical_beliefs',
      'sex_life_or_sexual_orientation',
      'financial_account',
      'government_identifier',
    ],
    rule: 'explicit-consent-required',
    conditions: [{ id: 'express_consent', reference: ref('P-39.1', 's. 12, para. 2') }],
    reference: ref('P-39.1', 's. 12'),
  },
  crossBorder: {
    mechanisms: ['contractual_comparable_protection'],
    separateConsentRequired: false,
    freeDestinations: [],
    reference: ref('P-39.1', 's. 17'),
  },
  retention: { defaultDays: 365, reference: ref('P-39.1', 's. 23'), source: 'project-default' },
  complaintAuthority: {
    en: "the Commission d'accès à l'information du Québec (cai.gouv.qc.ca)",
    zh: '魁北克信息查阅委员会（cai.gouv.qc.ca）',
  },
  rights: {
    en: 'access, rectification, withdrawal of consent, de-indexation, portability',
    zh: '查阅、更正、撤回同意、去索引、可携带',
  },
  rightsReference: ref('P-39.1', 'ss. 27, 28, 28.1'),
};
