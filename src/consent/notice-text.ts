// Renders the duty-to-inform notice (GDPR Art. 14(1)-(2) contents) as plain text in English or
// Chinese, from the policy's controller details and the lawful-basis record. Must never produce
// markup meant to be rendered (the UI shows it as text) and strips control characters from
// inserted values.
import type { TextLanguage } from './ids';
import { BASIS_LABELS, FIELD_LABELS, TRANSFER_LABELS } from './labels';
import type { DraftField } from './lead-draft';
import type { ConsentPolicy } from './policy-input';
import type { LawfulBasisRecord } from './receipt-schema';
import { ruleSetFor } from './regimes/index';

// C0 and C1 controls plus the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function clean(text: string, max = 500): string {
  return text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

const HEADINGS = {
  en: {
    title: 'How we use your personal data',
    controller: 'Who we are',
    dpo: 'Data protection officer',
    purposes: 'Why we use your data and on what legal basis',
    interests: 'legitimate interests pursued',
    withdraw: 'You can withdraw consent at any time',
    categories: 'What data we hold',
    source: 'Where we got it',
    sourceText: 'publicly accessible web pages on',
    recipients: 'Who receives it',
    transfers: 'Transfers abroad',
    retention: 'How long we keep it',
    days: 'days, until',
    rights: 'Your rights',
    complaint: 'You may complain to',
    law: 'Applicable law',
  },
  zh: {
    title: '我们如何使用您的个人信息',
    controller: '我们是谁',
    dpo: '数据保护官',
    purposes: '我们使用您数据的目的及法律依据',
    interests: '所追求的正当利益',
    withdraw: '您可以随时撤回同意',
    categories: '我们持有哪些数据',
    source: '数据来源',
    sourceText: '以下网站的公开网页',
    recipients: '数据接收方',
    transfers: '跨境传输',
    retention: '保留期限',
    days: '天，至',
    rights: '您的权利',
    complaint: '您可以向以下机构投诉',
    law: '适用法律',
  },
} as const;

export function renderNoticeText(
  record: LawfulBasisRecord,
  policy: ConsentPolicy,
  language: TextLanguage,
  timeZone: string,
): string {
  const h = HEADINGS[language];
  const rules = ruleSetFor(record.jurisdiction.id);
  const sep = language === 'zh' ? '：' : ': ';
  const list = (items: readonly string[]): string => items.join(language === 'zh' ? '、' : ', ');
  const lines: string[] = [h.title, '', `${h.controller}${sep}`];
  // The controllers the signed receipt names (the policy may have changed since the capture).
  for (const c of record.piiControllers) {
    lines.push(
      `- ${clean(c.name)}, ${clean(c.address)}, ${clean(c.email)}${c.phone ? `, ${clean(c.phone)}` : ''}`,
    );
    if (c.dpoEmail) lines.push(`  ${h.dpo}${sep}${clean(c.dpoEmail)}`);
  }
  lines.push('', `${h.purposes}${sep}`);
  for (const p of record.purposes) {
    const described =
      policy.purposes.find((pp) => pp.id === p.purposeId)?.description[language] ?? p.description;
    lines.push(
      `- ${clean(described)} (${BASIS_LABELS[p.basis][language]}; ${rules.law} ${p.basisReference.article})`,
    );
    if (p.legitimateInterest)
      lines.push(`  ${h.interests}${sep}${clean(p.legitimateInterest.interestsPursued)}`);
    if (p.consent) lines.push(`  ${h.withdraw}${sep}${clean(p.consent.withdrawalMethod)}`);
  }
  const fields = [...new Set<DraftField>(record.purposes.flatMap((p) => p.piiCategories))];
  lines.push('', `${h.categories}${sep}${list(fields.map((f) => FIELD_LABELS[f][language]))}`);
  const hosts = [
    ...new Set(
      record.fieldSources.map((s) => hostOf(s.pageUrl)).filter((x): x is string => x !== undefined),
    ),
  ];
  if (hosts.length > 0)
    lines.push(`${h.source}${sep}${h.sourceText} ${list(hosts.map((x) => clean(x, 253)))}`);
  if (record.recipients.length > 0) {
    lines.push(
      `${h.recipients}${sep}${list(record.recipients.map((r) => clean(r.name) + (r.country ? ` (${r.country})` : '')))}`,
    );
  }
  if (record.crossBorderTransfers.length > 0) {
    lines.push(
      `${h.transfers}${sep}${list(record.crossBorderTransfers.map((t) => `${t.toCountry} — ${TRANSFER_LABELS[t.mechanism][language]}`))}`,
    );
  }
  const end = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'long',
    timeZone,
  }).format(new Date(record.retention.endsAt));
  lines.push(`${h.retention}${sep}${record.retention.days} ${h.days} ${end}`);
  lines.push(`${h.rights}${sep}${rules.rights[language]}`);
  lines.push(`${h.complaint}${sep}${rules.complaintAuthority[language]}`);
  lines.push(`${h.law}${sep}${rules.name[language]}`);
  return lines.join('\n');
}
