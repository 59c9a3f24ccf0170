// Record-wide checks for assessLead: special categories, transfers, CCPA, retention, notice
// timing. Each returns problems; none throws. Must never put personal values in a problem.
import type { ConsentPolicy } from './policy-input';
import { problem, type Problem } from './problem-factory';
import type { LawfulBasisRecord } from './receipt-schema';
import type { RuleSet } from './rule-set';

const hasExplicitConsent = (record: LawfulBasisRecord): boolean =>
  record.purposes.some(
    (p) => p.basis === 'consent' && p.consent !== undefined && p.consent.method !== 'implied',
  );

export function checkSpecialCategories(
  record: LawfulBasisRecord,
  rules: RuleSet,
  policy: ConsentPolicy,
): Problem[] {
  const out: Problem[] = [];
  const sensitive = rules.sensitiveData;
  if (record.sensitive !== record.specialCategories.length > 0) {
    out.push(problem('record_invalid', rules, sensitive.reference));
  }
  for (const entry of record.specialCategories) {
    const params = { category: entry.category };
    if (!policy.allowSpecialCategories) {
      out.push(
        problem(
          'special_category_not_allowed_by_policy',
          rules,
          { law: 'Organisation policy', article: `version ${policy.version}` },
          params,
        ),
      );
      continue;
    }
    if (!sensitive.categories.includes(entry.category)) continue;
    if (sensitive.rule === 'opt-out-right') {
      out.push(
        problem(
          'sensitive_limit_right',
          rules,
          sensitive.conditions[0]?.reference ?? sensitive.reference,
          params,
        ),
      );
      continue;
    }
    if (sensitive.rule === 'no-special-rule') continue;
    const condition = sensitive.conditions.find((c) => c.id === entry.condition);
    if (condition === undefined) {
      out.push(problem('special_category_condition_missing', rules, sensitive.reference, params));
      continue;
    }
    const needsConsent =
      sensitive.rule === 'explicit-consent-required' || /consent/.test(condition.id);
    if (needsConsent && !hasExplicitConsent(record)) {
      out.push(
        problem('special_category_explicit_consent_missing', rules, condition.reference, params),
      );
    }
  }
  return out;
}

export function checkTransfers(record: LawfulBasisRecord, rules: RuleSet): Problem[] {
  const cross = rules.crossBorder;
  if (cross.mechanisms.length === 0 || cross.mechanisms.includes('none_required')) return [];
  const out: Problem[] = [];
  for (const recipient of record.recipients) {
    const country = recipient.country;
    if (country !== undefined && cross.freeDestinations.includes(country)) continue;
    const params = { country: country ?? '(unknown)' };
    const transfer = record.crossBorderTransfers.find((t) => t.toCountry === country);
    if (transfer === undefined || !cross.mechanisms.includes(transfer.mechanism)) {
      out.push(problem('transfer_mechanism_missing', rules, cross.reference, params));
    }
    if (cross.separateConsentRequired && transfer?.separateConsent === undefined) {
      out.push(problem('transfer_separate_consent_missing', rules, cross.reference, params));
    }
  }
  return out;
}

export function checkCcpa(record: LawfulBasisRecord, rules: RuleSet): Problem[] {
  if (rules.notice.noticeAtCollectionRequired !== true) return [];
  const out: Problem[] = [];
  if (record.ccpa?.noticeAtCollection === undefined)
    out.push(problem('ccpa_notice_at_collection_missing', rules, rules.notice.reference));
  if (rules.saleShareOptOut !== undefined) {
    if (record.ccpa === undefined)
      out.push(problem('ccpa_sale_share_flag_missing', rules, rules.saleShareOptOut));
    else if (record.ccpa.saleOrShare)
      out.push(problem('ccpa_sale_share_opt_out', rules, rules.saleShareOptOut));
  }
  return out;
}

const DAY_MS = 86_400_000;

export function checkRetention(
  record: LawfulBasisRecord,
  rules: RuleSet,
  policy: ConsentPolicy,
): Problem[] {
  const maxDays = Math.min(policy.retentionDays, rules.retention.defaultDays);
  const out: Problem[] = [];
  if (record.retention.days > maxDays)
    out.push(problem('retention_too_long', rules, rules.retention.reference, { days: maxDays }));
  if (
    Date.parse(record.capturedAt) + record.retention.days * DAY_MS !==
    Date.parse(record.retention.endsAt)
  ) {
    out.push(problem('retention_end_mismatch', rules, rules.retention.reference));
  }
  return out;
}

export function checkNoticeTiming(record: LawfulBasisRecord, rules: RuleSet): Problem[] {
  if (rules.notice.deadline.kind !== 'before-processing') return [];
  const exemptByBusinessContact =
    rules.notice.exemptions.some((e) => e.code === 'business_contact') &&
    record.purposes.every((p) => p.basis === 'business_contact');
  return exemptByBusinessContact
    ? []
    : [problem('notice_before_use', rules, rules.notice.reference)];
}
