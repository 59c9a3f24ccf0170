// Rule set for the Swiss Federal Act on Data Protection (revFADP, in force 1 September 2023).
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { ART9_CATEGORIES, EEA_COUNTRIES, EU_ADEQUATE } from './gdpr-common';
import { ref } from './ref';

export const CH_FADP: RuleSet = {
  id: 'CH',
  name: { en: 'Swiss Federal Act on Data Protection (FADP)', zh: '瑞士《联邦数据保护法》' },
  law: 'FADP',
  allowedBases: [
    { basis: 'consent', reference: ref('FADP', 'Art. 31(1)'), localName: 'consent' },
    {
      basis: 'contract',
      reference: ref('FADP', 'Art. 31(2)(a)'),
      localName: 'conclusion or performance of a contract',
    },
    {
      basis: 'legal_obligation',
      reference: ref('FADP', 'Art. 31(1)'),
      localName: 'justified by law',
    },
    {
      basis: 'vital_interests',
      reference: ref('FADP', 'Art. 31(1)'),
      localName: 'overriding private interest',
    },
    {
      basis: 'public_task',
      reference: ref('FADP', 'Art. 31(1)'),
      localName: 'overriding public interest',
    },
    {
      basis: 'legitimate_interests',
      reference: ref('FADP', 'Art. 31(1)-(2)'),
      localName: 'overriding private interest',
      requiresAssessment: true,
    },
  ],
  businessContactExemption: null,
  notice: {
    deadline: { kind: 'calendar-months', months: 1, earlierOnContact: true },
    reference: ref('FADP', 'Art. 19(5)'),
    exemptions: [
      {
        code: 'already_informed',
        description: 'The person already has the information',
        reference: ref('FADP', 'Art. 20(1)(a)'),
      },
      {
        code: 'required_by_law',
        description: 'Processing is provided for by law',
        reference: ref('FADP', 'Art. 20(1)(b)'),
      },
      {
        code: 'professional_secrecy',
        description: 'Statutory duty of confidentiality',
        reference: ref('FADP', 'Art. 20(1)(c)'),
      },
      {
        code: 'disproportionate_effort',
        description: 'Impossible or disproportionate effort',
        reference: ref('FADP', 'Art. 20(2)(b)'),
      },
    ],
  },
  sensitiveData: {
    categories: [...ART9_CATEGORIES, 'financial_account'],
    rule: 'explicit-consent-required',
    conditions: [{ id: 'explicit_consent', reference: ref('FADP', 'Art. 6(7)(a)') }],
    reference: ref('FADP', 'Art. 5(c)'),
  },
  crossBorder: {
    mechanisms: ['adequacy', 'sccs', 'bcrs', 'derogation'],
    separateConsentRequired: false,
    freeDestinations: ['CH', ...EEA_COUNTRIES, ...EU_ADEQUATE.filter((c) => c !== 'CH')],
    reference: ref('FADP', 'Arts. 16-17'),
  },
  retention: { defaultDays: 365, reference: ref('FADP', 'Art. 6(4)'), source: 'project-default' },
  complaintAuthority: {
    en: 'the Federal Data Protection and Information Commissioner (FDPIC), edoeb.admin.ch',
    zh: '瑞士联邦数据保护和信息专员（FDPIC），edoeb.admin.ch',
  },
  rights: {
    en: 'access, rectification, erasure, objection, data portability',
    zh: '查阅、更正、删除、反对、数据可携带',
  },
  rightsReference: ref('FADP', 'Arts. 25-28, 32'),
};
