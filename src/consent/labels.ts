// Human labels (English, Chinese) for bases, data fields and transfer mechanisms, used in notices
// and the side panel. Must never hold legal logic.
import type { BasisId, LocalizedText, TransferMechanism } from './ids';
import type { DraftField } from './lead-draft';

export const BASIS_LABELS: Readonly<Record<BasisId, LocalizedText>> = {
  consent: { en: 'your consent', zh: '您的同意' },
  contract: { en: 'a contract with you or steps before one', zh: '与您订立或履行合同所必需' },
  legal_obligation: { en: 'a legal obligation', zh: '履行法定义务' },
  vital_interests: { en: 'protecting vital interests', zh: '保护重大利益' },
  public_task: { en: 'a task in the public interest', zh: '执行公共利益任务' },
  legitimate_interests: { en: 'our legitimate interests', zh: '我们的正当利益' },
  business_contact: { en: 'the business-contact information rules', zh: '商务联系信息规则' },
};

export const FIELD_LABELS: Readonly<Record<DraftField, LocalizedText>> = {
  name: { en: 'name', zh: '姓名' },
  jobTitle: { en: 'job title', zh: '职位' },
  organization: { en: 'organisation', zh: '所属机构' },
  emails: { en: 'work email address', zh: '工作电子邮件地址' },
  phones: { en: 'work phone number', zh: '工作电话号码' },
  urls: { en: 'professional web or profile addresses', zh: '职业网站或个人主页地址' },
  locality: { en: 'city', zh: '城市' },
  region: { en: 'region', zh: '地区' },
  country: { en: 'country', zh: '国家' },
};

export const TRANSFER_LABELS: Readonly<Record<TransferMechanism, LocalizedText>> = {
  adequacy: { en: 'an adequacy decision', zh: '充分性认定' },
  sccs: { en: 'standard contractual clauses', zh: '标准合同条款' },
  bcrs: { en: 'binding corporate rules', zh: '有约束力的公司规则' },
  uk_idta: { en: 'the UK international data transfer agreement', zh: '英国国际数据传输协议' },
  derogation: { en: 'a specific derogation', zh: '特定例外情形' },
  pipl_standard_contract: { en: 'the PIPL standard contract', zh: '个人信息出境标准合同' },
  pipl_security_assessment: { en: 'a CAC security assessment', zh: '网信部门安全评估' },
  pipl_certification: {
    en: 'personal information protection certification',
    zh: '个人信息保护认证',
  },
  pipl_separate_consent: { en: 'your separate consent', zh: '您的单独同意' },
  contractual_comparable_protection: {
    en: 'contracts ensuring comparable protection',
    zh: '确保同等保护水平的合同',
  },
  consent: { en: 'your consent', zh: '您的同意' },
  none_required: { en: 'no specific mechanism required', zh: '无需特定机制' },
};
