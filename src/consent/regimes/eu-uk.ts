// Rule sets for the EU/EEA GDPR and the UK GDPR (with the Data Protection Act 2018).
// Must never hold logic; references to be legally reviewed before production use.
import type { RuleSet } from '../rule-set';
import { gdprLike, EEA_COUNTRIES, EU_ADEQUATE } from './gdpr-common';
import { ref } from './ref';

export const EU_GDPR: RuleSet = {
  id: 'EU',
  name: {
    en: 'EU/EEA General Data Protection Regulation',
    zh: '欧盟/欧洲经济区《通用数据保护条例》',
  },
  law: 'GDPR (Regulation (EU) 2016/679)',
  ...gdprLike('GDPR'),
  businessContactExemption: null,
  crossBorder: {
    mechanisms: ['adequacy', 'sccs', 'bcrs', 'derogation'],
    separateConsentRequired: false,
    freeDestinations: [...EEA_COUNTRIES, ...EU_ADEQUATE],
    reference: ref('GDPR', 'Arts. 44-49'),
  },
  retention: {
    defaultDays: 365,
    reference: ref('GDPR', 'Art. 5(1)(e)'),
    source: 'project-default',
  },
  complaintAuthority: {
    en: 'the data protection supervisory authority of your EU/EEA country of residence or work',
    zh: '您居住或工作所在的欧盟/欧洲经济区国家的数据保护监管机构',
  },
  rights: {
    en: 'access, rectification, erasure, restriction, objection (including to direct marketing, at any time), data portability',
    zh: '查阅、更正、删除、限制处理、反对（包括随时反对直接营销）、数据可携带',
  },
  rightsReference: ref('GDPR', 'Arts. 15-22, 77'),
};

const UK_ADEQUATE = [
  ...EEA_COUNTRIES,
  'AD',
  'AR',
  'CA',
  'FO',
  'GG',
  'IL',
  'IM',
  'JP',
  'JE',
  'NZ',
  'KR',
  'CH',
  'UY',
];

export const UK_GDPR: RuleSet = {
  id: 'UK',
  name: {
    en: 'UK GDPR and Data Protection Act 2018',
    zh: '英国《通用数据保护条例》及《2018年数据保护法》',
  },
  law: 'UK GDPR',
  ...gdprLike('UK GDPR'),
  businessContactExemption: null,
  crossBorder: {
    mechanisms: ['adequacy', 'uk_idta', 'sccs', 'bcrs', 'derogation'],
    separateConsentRequired: false,
    freeDestinations: ['GB', ...UK_ADEQUATE],
    reference: ref('UK GDPR', 'Arts. 44-49'),
  },
  retention: {
    defaultDays: 365,
    reference: ref('UK GDPR', 'Art. 5(1)(e)'),
    source: 'project-default',
  },
  complaintAuthority: {
    en: "the Information Commissioner's Office (ICO), ico.org.uk",
    zh: '英国信息专员办公室（ICO），ico.org.uk',
  },
  rights: EU_GDPR.rights,
  rightsReference: ref('UK GDPR', 'Arts. 15-22, 77'),
};
