// Rule set for Japan (Act on the Protection of Personal Information, APPI, 2022 numbering).
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { EEA_COUNTRIES } from './gdpr-common';
import { ref } from './ref';

export const JP_APPI: RuleSet = {
  id: 'JP',
  name: {
    en: 'Act on the Protection of Personal Information (APPI)',
    zh: '日本《个人信息保护法》（APPI）',
  },
  law: 'APPI',
  allowedBases: [
    { basis: 'consent', reference: ref('APPI', 'Art. 18(1)') },
    { basis: 'contract', reference: ref('APPI', 'Art. 17(1)') },
    { basis: 'legal_obligation', reference: ref('APPI', 'Art. 18(3)(i)') },
    { basis: 'vital_interests', reference: ref('APPI', 'Art. 18(3)(ii)') },
    { basis: 'public_task', reference: ref('APPI', 'Art. 18(3)(iv)') },
    {
      basis: 'legitimate_interests',
      reference: ref('APPI', 'Arts. 17(1), 20(1)'),
      localName: 'use within the specified purpose',
    },
  ],
  businessContactExemption: null,
  notice: {
    deadline: { kind: 'as-soon-as-practicable', targetDays: 14 },
    reference: ref('APPI', 'Art. 21(1)'),
    exemptions: [
      {
        code: 'purpose_published',
        description: 'Purpose of use published in advance',
        reference: ref('APPI', 'Art. 21(1)'),
      },
    ],
  },
  sensitiveData: {
    categories: [
      'racial_or_ethnic_origin',
      'religious_or_philosophical_beliefs',
      'criminal_convictions',
      'health',
    ],
    rule: 'explicit-consent-required',
    conditions: [{ id: 'consent', reference: ref('APPI', 'Art. 20(2)') }],
    reference: ref('APPI', 'Art. 2(3)'),
  },
  crossBorder: {
    mechanisms: ['adequacy', 'consent', 'contractual_comparable_protection'],
    separateConsentRequired: false,
    freeDestinations: ['JP', 'GB', ...EEA_COUNTRIES],
    reference: ref('APPI', 'Art. 28'),
  },
  retention: { defaultDays: 365, reference: ref('APPI', 'Art. 22'), source: 'project-default' },
  complaintAuthority: {
    en: 'the Personal Information Protection Commission (PPC), ppc.go.jp',
    zh: '日本个人信息保护委员会（PPC），ppc.go.jp',
  },
  rights: {
    en: 'disclosure, correction, cessation of use, erasure',
    zh: '公开、更正、停止使用、删除',
  },
  rightsReference: ref('APPI', 'Arts. 33-35'),
};
