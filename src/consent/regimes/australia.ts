// Rule set for Australia (Privacy Act 1988, Australian Privacy Principles).
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { ref } from './ref';

export const AU_PRIVACY_ACT: RuleSet = {
  id: 'AU',
  name: {
    en: 'Australian Privacy Act 1988 (Australian Privacy Principles)',
    zh: '澳大利亚《1988年隐私法》（澳大利亚隐私原则）',
  },
  law: 'Privacy Act 1988 (Cth)',
  allowedBases: [
    { basis: 'consent', reference: ref('Privacy Act', 'APP 3.3') },
    { basis: 'contract', reference: ref('Privacy Act', 'APP 3.2') },
    { basis: 'legal_obligation', reference: ref('Privacy Act', 'APP 3.4(a)') },
    { basis: 'vital_interests', reference: ref('Privacy Act', 'APP 3.4(b); s. 16A') },
    {
      basis: 'legitimate_interests',
      reference: ref('Privacy Act', 'APP 3.2'),
      localName: 'reasonably necessary for functions or activities',
    },
  ],
  businessContactExemption: null,
  notice: {
    deadline: { kind: 'as-soon-as-practicable', targetDays: 30 },
    reference: ref('Privacy Act', 'APP 5.1'),
    exemptions: [
      {
        code: 'reasonable_not_to_notify',
        description: 'Reasonable in the circumstances not to notify',
        reference: ref('Privacy Act', 'APP 5.1'),
      },
    ],
  },
  sensitiveData: {
    categories: [
      'racial_or_ethnic_origin',
      'political_opinions',
      'religious_or_philosophical_beliefs',
      'trade_union_membership',
      'sex_life_or_sexual_orientation',
      'criminal_convictions',
      'health',
      'genetic_data',
      'biometric_data',
    ],
    rule: 'explicit-consent-required',
    conditions: [{ id: 'consent', reference: ref('Privacy Act', 'APP 3.3(a)') }],
    reference: ref('Privacy Act', 's. 6(1) ("sensitive information")'),
  },
  crossBorder: {
    mechanisms: ['contractual_comparable_protection', 'consent'],
    separateConsentRequired: false,
    freeDestinations: ['AU'],
    reference: ref('Privacy Act', 'APP 8; s. 16C'),
  },
  retention: {
    defaultDays: 730,
    reference: ref('Privacy Act', 'APP 11.2'),
    source: 'project-default',
  },
  complaintAuthority: {
    en: 'the Office of the Australian Information Commissioner (OAIC), oaic.gov.au',
    zh: '澳大利亚信息专员办公室（OAIC），oaic.gov.au',
  },
  rights: {
    en: 'access, correction, opting out of direct marketing',
    zh: '查阅、更正、退出直接营销',
  },
  rightsReference: ref('Privacy Act', 'APPs 7, 12, 13'),
};
