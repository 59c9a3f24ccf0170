// Rule set for Singapore (Personal Data Protection Act 2012, PDPA).
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { ref } from './ref';

export const SG_PDPA: RuleSet = {
  id: 'SG',
  name: {
    en: 'Singapore Personal Data Protection Act 2012 (PDPA)',
    zh: '新加坡《2012年个人数据保护法》',
  },
  law: 'PDPA',
  allowedBases: [
    { basis: 'consent', reference: ref('PDPA', 'ss. 13-15') },
    {
      basis: 'contract',
      reference: ref('PDPA', 's. 15(3)'),
      localName: 'deemed consent by contractual necessity',
    },
    { basis: 'legal_obligation', reference: ref('PDPA', 's. 13(b)') },
    { basis: 'vital_interests', reference: ref('PDPA', 'First Sch., Part 1, para. 2') },
    {
      basis: 'legitimate_interests',
      reference: ref('PDPA', 'First Sch., Part 3, para. 1'),
      requiresAssessment: true,
    },
    {
      basis: 'business_contact',
      reference: ref('PDPA', 's. 4(5)'),
      localName: 'business contact information',
    },
  ],
  businessContactExemption: {
    reference: ref('PDPA', 's. 4(5)'),
    description:
      'Business contact information not provided solely for personal purposes is outside Parts 3 to 6A.',
    covers: ['name', 'jobTitle', 'organization', 'emails', 'phones', 'urls'],
  },
  notice: {
    deadline: { kind: 'before-processing' },
    reference: ref('PDPA', 's. 20'),
    exemptions: [
      {
        code: 'business_contact',
        description: 'Business contact information',
        reference: ref('PDPA', 's. 4(5)'),
      },
    ],
  },
  sensitiveData: {
    categories: ['government_identifier', 'financial_account', 'health'],
    rule: 'no-special-rule',
    conditions: [],
    reference: ref('PDPA', 's. 24 (PDPC Advisory Guidelines on sensitive data)'),
  },
  crossBorder: {
    mechanisms: ['contractual_comparable_protection', 'bcrs', 'consent'],
    separateConsentRequired: false,
    freeDestinations: ['SG'],
    reference: ref('PDPA', 's. 26; PDP Regulations 2021, regs. 10-12'),
  },
  retention: { defaultDays: 365, reference: ref('PDPA', 's. 25'), source: 'project-default' },
  complaintAuthority: {
    en: 'the Personal Data Protection Commission (PDPC), pdpc.gov.sg',
    zh: '新加坡个人数据保护委员会（PDPC），pdpc.gov.sg',
  },
  rights: { en: 'access, correction, withdrawal of consent', zh: '查阅、更正、撤回同意' },
  rightsReference: ref('PDPA', 'ss. 16, 21, 22'),
};
