// Rule set for Korea (Personal Information Protection Act, PIPA, as amended 2023).
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { ref } from './ref';

export const KR_PIPA: RuleSet = {
  id: 'KR',
  name: {
    en: 'Korea Personal Information Protection Act (PIPA)',
    zh: '韩国《个人信息保护法》（PIPA）',
  },
  law: 'PIPA',
  allowedBases: [
    { basis: 'consent', reference: ref('PIPA', 'Art. 15(1)(1)') },
    { basis: 'legal_obligation', reference: ref('PIPA', 'Art. 15(1)(2)') },
    { basis: 'public_task', reference: ref('PIPA', 'Art. 15(1)(3)') },
    { basis: 'contract', reference: ref('PIPA', 'Art. 15(1)(4)') },
    { basis: 'vital_interests', reference: ref('PIPA', 'Art. 15(1)(5)') },
    {
      basis: 'legitimate_interests',
      reference: ref('PIPA', 'Art. 15(1)(6)'),
      requiresAssessment: true,
    },
  ],
  businessContactExemption: null,
  notice: {
    deadline: { kind: 'on-request' },
    reference: ref('PIPA', 'Art. 20(1)'),
    exemptions: [],
  },
  sensitiveData: {
    categories: [
      'political_opinions',
      'religious_or_philosophical_beliefs',
      'trade_union_membership',
      'health',
      'sex_life_or_sexual_orientation',
      'genetic_data',
      'criminal_convictions',
      'biometric_data',
      'racial_or_ethnic_origin',
    ],
    rule: 'explicit-consent-required',
    conditions: [{ id: 'separate_consent', reference: ref('PIPA', 'Art. 23(1)(1)') }],
    reference: ref('PIPA', 'Art. 23'),
  },
  crossBorder: {
    mechanisms: ['consent', 'adequacy', 'contractual_comparable_protection'],
    separateConsentRequired: false,
    freeDestinations: ['KR'],
    reference: ref('PIPA', 'Art. 28-8'),
  },
  retention: { defaultDays: 365, reference: ref('PIPA', 'Art. 21'), source: 'project-default' },
  complaintAuthority: {
    en: 'the Personal Information Protection Commission (PIPC), pipc.go.kr',
    zh: '韩国个人信息保护委员会（PIPC），pipc.go.kr',
  },
  rights: {
    en: 'access, correction, deletion, suspension of processing, withdrawal of consent',
    zh: '查阅、更正、删除、暂停处理、撤回同意',
  },
  rightsReference: ref('PIPA', 'Arts. 35-37'),
};
