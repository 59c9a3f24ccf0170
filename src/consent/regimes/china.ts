// Rule set for China (Personal Information Protection Law, PIPL).
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { ref } from './ref';

export const CN_PIPL: RuleSet = {
  id: 'CN',
  name: {
    en: 'Personal Information Protection Law of the PRC (PIPL)',
    zh: '《中华人民共和国个人信息保护法》',
  },
  law: 'PIPL',
  // No legitimate-interests basis exists in PIPL. Art. 13(6) (publicly disclosed information,
  // within a reasonable scope, Art. 27) is not modelled as a basis: the policy must use consent.
  allowedBases: [
    {
      basis: 'consent',
      reference: ref('PIPL', 'Art. 13(1); Art. 14'),
      requiresExplicitConsent: true,
    },
    { basis: 'contract', reference: ref('PIPL', 'Art. 13(2)') },
    { basis: 'legal_obligation', reference: ref('PIPL', 'Art. 13(3)') },
    { basis: 'vital_interests', reference: ref('PIPL', 'Art. 13(4)') },
    { basis: 'public_task', reference: ref('PIPL', 'Art. 13(5)') },
  ],
  businessContactExemption: null,
  notice: {
    deadline: { kind: 'before-processing' },
    reference: ref('PIPL', 'Art. 17'),
    exemptions: [
      {
        code: 'required_by_law',
        description: 'Confidentiality required by law',
        reference: ref('PIPL', 'Art. 18'),
      },
    ],
  },
  sensitiveData: {
    categories: [
      'biometric_data',
      'religious_or_philosophical_beliefs',
      'health',
      'financial_account',
      'precise_geolocation',
      'genetic_data',
      'government_identifier',
    ],
    rule: 'explicit-consent-required',
    conditions: [{ id: 'separate_consent', reference: ref('PIPL', 'Art. 29') }],
    reference: ref('PIPL', 'Art. 28'),
  },
  crossBorder: {
    mechanisms: ['pipl_security_assessment', 'pipl_certification', 'pipl_standard_contract'],
    separateConsentRequired: true,
    freeDestinations: ['CN'],
    reference: ref('PIPL', 'Arts. 38-39'),
  },
  retention: { defaultDays: 180, reference: ref('PIPL', 'Art. 19'), source: 'project-default' },
  complaintAuthority: {
    en: 'the Cyberspace Administration of China or the department performing personal information protection duties',
    zh: '国家网信部门或履行个人信息保护职责的部门',
  },
  rights: {
    en: 'know, decide, restrict or refuse processing, access and copy, portability, correction, deletion, explanation of the rules',
    zh: '知情权、决定权、限制或拒绝处理、查阅复制、可携带、更正补充、删除、要求解释说明',
  },
  rightsReference: ref('PIPL', 'Arts. 44-48'),
};
