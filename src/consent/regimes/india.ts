// Rule set for India (Digital Personal Data Protection Act 2023).
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { ref } from './ref';

export const IN_DPDP: RuleSet = {
  id: 'IN',
  name: {
    en: 'India Digital Personal Data Protection Act 2023 (DPDP Act)',
    zh: '印度《2023年数字个人数据保护法》',
  },
  law: 'DPDP Act',
  // s. 4: consent (s. 6) or a "legitimate use" (s. 7); there is no general legitimate-interests ground.
  allowedBases: [
    {
      basis: 'consent',
      reference: ref('DPDP Act', 'ss. 4(1)(a), 6'),
      requiresExplicitConsent: true,
    },
    { basis: 'legal_obligation', reference: ref('DPDP Act', 's. 7(d)') },
    { basis: 'public_task', reference: ref('DPDP Act', 's. 7(b)') },
    { basis: 'vital_interests', reference: ref('DPDP Act', 's. 7(f)') },
  ],
  businessContactExemption: null,
  notice: {
    deadline: { kind: 'before-processing' },
    reference: ref('DPDP Act', 's. 5'),
    exemptions: [],
  },
  sensitiveData: {
    categories: [],
    rule: 'no-special-rule',
    conditions: [],
    reference: ref('DPDP Act', 's. 2(t)'),
  },
  crossBorder: {
    mechanisms: ['none_required'],
    separateConsentRequired: false,
    freeDestinations: [],
    reference: ref('DPDP Act', 's. 16'),
  },
  retention: { defaultDays: 365, reference: ref('DPDP Act', 's. 8(7)'), source: 'project-default' },
  complaintAuthority: { en: 'the Data Protection Board of India', zh: '印度数据保护委员会' },
  rights: {
    en: 'access, correction, erasure, grievance redressal, nomination',
    zh: '查阅、更正、删除、申诉救济、指定代理人',
  },
  rightsReference: ref('DPDP Act', 'ss. 11-14'),
};
