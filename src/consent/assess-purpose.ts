// Per-purpose checks for assessLead: purpose known to the policy, basis allowed by the law and the
// policy, legitimate-interest assessment, consent evidence, business-contact exemption scope.
// Must never put personal values in a problem.
import { policyBasesFor } from './offered-bases';
import type { ConsentPolicy } from './policy-input';
import { problem, type Problem } from './problem-factory';
import type { LawfulBasisRecord, PurposeRecord } from './receipt-schema';
import type { LegalReference, RuleSet } from './rule-set';

export function checkPurpose(
  purpose: PurposeRecord,
  record: LawfulBasisRecord,
  rules: RuleSet,
  policy: ConsentPolicy,
  now: Date,
): Problem[] {
  const out: Problem[] = [];
  const params = { purpose: purpose.purposeId, basis: purpose.basis };
  const policyRef: LegalReference = {
    law: 'Organisation policy',
    article: `version ${policy.version}`,
  };
  if (!policy.purposes.some((p) => p.id === purpose.purposeId))
    out.push(problem('purpose_not_in_policy', rules, policyRef, params));
  const rule = rules.allowedBases.find((b) => b.basis === purpose.basis);
  if (rule === undefined) {
    const article = rules.allowedBases
      .map((b) => b.reference.article)
      .filter((a, i, all) => all.indexOf(a) === i)
      .join('; ');
    return [
      ...out,
      problem('basis_not_allowed_by_law', rules, { law: rules.law, article }, params),
    ];
  }
  if (!policyBasesFor(policy, record.jurisdiction.id, purpose.purposeId).includes(purpose.basis)) {
    out.push(problem('basis_not_allowed_by_policy', rules, policyRef, params));
  }
  if (purpose.basis === 'legitimate_interests' && purpose.legitimateInterest === undefined) {
    out.push(problem('lia_missing', rules, rule.reference, params));
  }
  if (purpose.basis === 'consent') {
    if (purpose.consent === undefined)
      out.push(problem('consent_evidence_missing', rules, rule.reference, params));
    else {
      if (rule.requiresExplicitConsent === true && purpose.consent.method === 'implied') {
        out.push(problem('consent_not_explicit', rules, rule.reference, params));
      }
      if (Date.parse(purpose.consent.givenAt) > now.getTime())
        out.push(problem('consent_in_future', rules, rule.reference, params));
    }
  }
  if (purpose.basis === 'business_contact')
    out.push(...checkBusinessContact(purpose, record, rules));
  return out;
}

function checkBusinessContact(
  purpose: PurposeRecord,
  record: LawfulBasisRecord,
  rules: RuleSet,
): Problem[] {
  const exemption = rules.businessContactExemption;
  if (exemption === null) return [];
  const out: Problem[] = [];
  const covered = new Set<string>(exemption.covers);
  for (const field of purpose.piiCategories) {
    if (!covered.has(field))
      out.push(
        problem('business_contact_not_applicable', rules, exemption.reference, {
          purpose: purpose.purposeId,
          category: field,
        }),
      );
  }
  if ((rules.id === 'CA' || rules.id === 'CA-QC') && record.pipeda?.businessContact !== true) {
    out.push(
      problem('business_contact_flag_missing', rules, exemption.reference, {
        purpose: purpose.purposeId,
      }),
    );
  }
  return out;
}
