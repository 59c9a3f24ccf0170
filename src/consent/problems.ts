// The catalogue of assessment problems: code, severity and plain-language text in English and
// Chinese. Must never interpolate personal data: only ids (purpose, basis, category, country).
import type { LocalizedText } from './ids';

export const PROBLEM_CODES = [
  'suppressed',
  'jurisdiction_unconfirmed',
  'policy_version_mismatch',
  'purpose_not_in_policy',
  'basis_not_allowed_by_law',
  'basis_not_allowed_by_policy',
  'lia_missing',
  'consent_evidence_missing',
  'consent_not_explicit',
  'consent_in_future',
  'business_contact_not_applicable',
  'business_contact_flag_missing',
  'special_category_not_allowed_by_policy',
  'special_category_condition_missing',
  'special_category_explicit_consent_missing',
  'sensitive_limit_right',
  'transfer_mechanism_missing',
  'transfer_separate_consent_missing',
  'ccpa_notice_at_collection_missing',
  'ccpa_sale_share_flag_missing',
  'ccpa_sale_share_opt_out',
  'retention_too_long',
  'retention_end_mismatch',
  'notice_before_use',
  'no_recipients',
  'record_invalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type Severity = 'block' | 'warn';

export interface ProblemParams {
  readonly purpose?: string;
  readonly basis?: string;
  readonly category?: string;
  readonly country?: string;
  readonly days?: number;
}

type Template = { readonly severity: Severity; readonly text: (p: ProblemParams) => LocalizedText };

const q = (value: string | number | undefined): string =>
  value === undefined ? '?' : String(value);

export const PROBLEM_TEMPLATES: Readonly<Record<ProblemCode, Template>> = {
  suppressed: {
    severity: 'block',
    text: () => ({
      en: 'This person has asked not to be contacted or to be erased.',
      zh: '此人已要求不被联系或要求删除其数据。',
    }),
  },
  jurisdiction_unconfirmed: {
    severity: 'block',
    text: () => ({
      en: "Confirm or change the person's jurisdiction before saving.",
      zh: '保存前请确认或更改此人所属的法域。',
    }),
  },
  policy_version_mismatch: {
    severity: 'block',
    text: () => ({
      en: 'The record was made under a different policy version. Start again with the current policy.',
      zh: '该记录基于不同版本的政策生成，请使用当前政策重新开始。',
    }),
  },
  purpose_not_in_policy: {
    severity: 'block',
    text: (p) => ({
      en: `Purpose "${q(p.purpose)}" is not in your organisation's policy.`,
      zh: `用途"${q(p.purpose)}"不在贵组织的政策中。`,
    }),
  },
  basis_not_allowed_by_law: {
    severity: 'block',
    text: (p) => ({
      en: `The legal basis "${q(p.basis)}" does not exist under this law for purpose "${q(p.purpose)}".`,
      zh: `该法律下不存在用于用途"${q(p.purpose)}"的法律依据"${q(p.basis)}"。`,
    }),
  },
  basis_not_allowed_by_policy: {
    severity: 'block',
    text: (p) => ({
      en: `Your organisation's policy does not allow the basis "${q(p.basis)}" for purpose "${q(p.purpose)}" here.`,
      zh: `贵组织的政策不允许在此法域对用途"${q(p.purpose)}"使用依据"${q(p.basis)}"。`,
    }),
  },
  lia_missing: {
    severity: 'block',
    text: (p) => ({
      en: `Legitimate interests for "${q(p.purpose)}" need the assessment reference and the interests pursued.`,
      zh: `用途"${q(p.purpose)}"以正当利益为依据时，需要提供利益评估编号和所追求的利益。`,
    }),
  },
  consent_evidence_missing: {
    severity: 'block',
    text: (p) => ({
      en: `Consent for "${q(p.purpose)}" needs evidence: how and when it was given, the consent text version, and how to withdraw.`,
      zh: `用途"${q(p.purpose)}"的同意需要证据：同意方式和时间、同意文本版本以及撤回方式。`,
    }),
  },
  consent_not_explicit: {
    severity: 'block',
    text: (p) => ({
      en: `This law needs express consent for "${q(p.purpose)}"; implied consent is not enough.`,
      zh: `该法律要求对用途"${q(p.purpose)}"取得明示同意，默示同意不足够。`,
    }),
  },
  consent_in_future: {
    severity: 'block',
    text: (p) => ({
      en: `The consent time for "${q(p.purpose)}" is in the future.`,
      zh: `用途"${q(p.purpose)}"的同意时间晚于当前时间。`,
    }),
  },
  business_contact_not_applicable: {
    severity: 'block',
    text: (p) => ({
      en: `The business-contact exemption does not cover the field "${q(p.category)}".`,
      zh: `商务联系信息豁免不涵盖字段"${q(p.category)}"。`,
    }),
  },
  business_contact_flag_missing: {
    severity: 'block',
    text: () => ({
      en: 'Mark the record as business contact information to rely on the business-contact exemption.',
      zh: '如需依赖商务联系信息豁免，请将记录标记为商务联系信息。',
    }),
  },
  special_category_not_allowed_by_policy: {
    severity: 'block',
    text: (p) => ({
      en: `Your organisation's policy does not allow sensitive data ("${q(p.category)}").`,
      zh: `贵组织的政策不允许处理敏感数据（"${q(p.category)}"）。`,
    }),
  },
  special_category_condition_missing: {
    severity: 'block',
    text: (p) => ({
      en: `Sensitive data ("${q(p.category)}") needs a valid legal condition under this law.`,
      zh: `敏感数据（"${q(p.category)}"）需要该法律下的有效处理条件。`,
    }),
  },
  special_category_explicit_consent_missing: {
    severity: 'block',
    text: (p) => ({
      en: `Sensitive data ("${q(p.category)}") needs the person's express consent, with evidence.`,
      zh: `敏感数据（"${q(p.category)}"）需要取得本人的明示同意并留存证据。`,
    }),
  },
  sensitive_limit_right: {
    severity: 'warn',
    text: (p) => ({
      en: `Sensitive personal information ("${q(p.category)}"): the person may limit its use; the notice at collection must say so.`,
      zh: `敏感个人信息（"${q(p.category)}"）：本人有权限制其使用，收集时的告知必须说明这一点。`,
    }),
  },
  transfer_mechanism_missing: {
    severity: 'block',
    text: (p) => ({
      en: `Sending the data to ${q(p.country)} needs a transfer safeguard accepted by this law.`,
      zh: `向${q(p.country)}传输数据需要该法律认可的跨境传输保障机制。`,
    }),
  },
  transfer_separate_consent_missing: {
    severity: 'block',
    text: (p) => ({
      en: `Sending the data to ${q(p.country)} needs the person's separate consent, with evidence.`,
      zh: `向${q(p.country)}传输数据需要取得本人的单独同意并留存证据。`,
    }),
  },
  ccpa_notice_at_collection_missing: {
    severity: 'block',
    text: () => ({
      en: 'California requires a notice at collection; record which notice was given and when.',
      zh: '加州法律要求在收集时进行告知，请记录告知的版本和时间。',
    }),
  },
  ccpa_sale_share_flag_missing: {
    severity: 'block',
    text: () => ({
      en: 'State whether this data is sold or shared (California).',
      zh: '请说明该数据是否会被出售或共享（加州）。',
    }),
  },
  ccpa_sale_share_opt_out: {
    severity: 'warn',
    text: () => ({
      en: 'This data is sold or shared: the person must be offered a "Do Not Sell or Share My Personal Information" opt-out.',
      zh: '该数据会被出售或共享：必须向本人提供"请勿出售或共享我的个人信息"的选择退出方式。',
    }),
  },
  retention_too_long: {
    severity: 'block',
    text: (p) => ({
      en: `Keep the data at most ${q(p.days)} days.`,
      zh: `数据最多保留${q(p.days)}天。`,
    }),
  },
  retention_end_mismatch: {
    severity: 'block',
    text: () => ({
      en: 'The retention end date does not match the capture time and retention period.',
      zh: '保留截止日期与收集时间和保留期限不一致。',
    }),
  },
  notice_before_use: {
    severity: 'warn',
    text: () => ({
      en: 'Tell the person about this processing before you contact them or use the data.',
      zh: '在联系此人或使用数据之前，请先告知其该处理活动。',
    }),
  },
  no_recipients: {
    severity: 'warn',
    text: () => ({ en: 'No recipient (CRM) is recorded.', zh: '未记录接收方（CRM）。' }),
  },
  record_invalid: {
    severity: 'block',
    text: () => ({ en: 'The record is incomplete or malformed.', zh: '记录不完整或格式错误。' }),
  },
};
