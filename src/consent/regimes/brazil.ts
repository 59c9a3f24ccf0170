// Rule set for Brazil (LGPD, Lei 13.709/2018).
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { ref } from './ref';

export const BR_LGPD: RuleSet = {
  id: 'BR',
  name: {
    en: 'Brazilian General Data Protection Law (LGPD)',
    zh: '巴西《通用数据保护法》（LGPD）',
  },
  law: 'LGPD (Lei 13.709/2018)',
  allowedBases: [
    { basis: 'consent', reference: ref('LGPD', 'Art. 7(I)') },
    { basis: 'legal_obligation', reference: ref('LGPD', 'Art. 7(II)') },
    { basis: 'public_task', reference: ref('LGPD', 'Art. 7(III)') },
    { basis: 'contract', reference: ref('LGPD', 'Art. 7(V)') },
    { basis: 'vital_interests', reference: ref('LGPD', 'Art. 7(VII)') },
    {
      basis: 'legitimate_interests',
      reference: ref('LGPD', 'Art. 7(IX); Art. 10'),
      requiresAssessment: true,
    },
  ],
  businessContactExemption: null,
  notice: {
    deadline: { kind: 'as-soon-as-practicable', targetDays: 30 },
    reference: ref('LGPD', 'Art. 9'),
    exemptions: [],
  },
  sensitiveData: {
    categories: [
      'racial_or_ethnic_origin',
      'religious_or_philosophical_beliefs',
      'political_opinions',
      'trade_union_membership',
      'health',
      'sex_life_or_sexual_orientation',
      'genetic_data',
      'biometric_data',
    ],
    rule: 'condition-required',
    conditions: [
      { id: 'explicit_consent', reference: ref('LGPD', 'Art. 11(I)') },
      { id: 'legal_obligation', reference: ref('LGPD', 'Art. 11(II)(a)') },
      { id: 'legal_claims', reference: ref('LGPD', 'Art. 11(II)(d)') },
      { id: 'vital_interests', reference: ref('LGPD', 'Art. 11(II)(e)') },
    ],
    reference: ref('LGPD', 'Art. 5(II); Art. 11'),
  },
  crossBorder: {
    mechanisms: ['adequacy', 'sccs', 'bcrs', 'consent'],
    separateConsentRequired: false,
    freeDestinations: ['BR'],
    reference: ref('LGPD', 'Art. 33'),
  },
  retention: { defaultDays: 365, reference: ref('LGPD', 'Arts. 15-16'), source: 'project-default' },
  complaintAuthority: {
    en: 'the National Data Protection Authority (ANPD), gov.br/anpd',
    zh: '巴西国家数据保护局（ANPD），gov.br/anpd',
  },
  rights: {
    en: 'confirmation, access, correction, anonymisation or deletion, portability, information on sharing, withdrawal of consent, objection',
    zh: '确认、查阅、更正、匿名化或删除、可携带、了解共享情况、撤回同意、反对',
  },
  rightsReference: ref('LGPD', 'Art. 18'),
};
