// Builds and judges the lawful-basis record for a reviewed lead: infers the jurisdiction, records
// the salesperson's confirmation, offers only the bases the policy allows, builds the record and
// runs assessLead. Used by the preview (the UI never decides lawfulness) and by save.
// Must never put personal values in a problem, nor decide anything the consent domain decides.
import {
  PROBLEM_TEMPLATES,
  assessLead,
  buildLawfulBasisRecord,
  createNoticeRecordForReceipt,
  decideJurisdiction,
  inferJurisdiction,
  ruleSetFor,
  unconfirmedDecision,
  type ConsentPolicy,
  type LawfulBasisRecord,
  type NoticeRecord,
  type SuppressionResult,
} from '@src/consent';
import type { LawfulBasisProblemView, LawfulBasisView } from '@src/messaging/consent-responses';
import type { LeadInput } from '@src/messaging/protocol';
import type { ResolvedPolicy } from '@src/policy';
import { controllerTimeZone, requiresSeparateConsent, toConsentPolicy } from './consent-adapter';
import { PROBLEM_SOURCES } from '@src/ui/i18n/problem-sources';
import { draftOf, missingBasisProblem, purposeChoice, recipientsFor } from './lawful-basis-helpers';
import { baseView, toView } from './lawful-basis-view';
import { suppressionFor } from './suppression-store';
import { tenantHmacKey } from './tenant-key';

export interface LawfulBasisEvaluation {
  view: LawfulBasisView;
  suppression: SuppressionResult;
  consentPolicy: ConsentPolicy;
  record?: LawfulBasisRecord;
  notice?: NoticeRecord;
}

export async function evaluateLawfulBasis(
  input: LeadInput,
  resolved: ResolvedPolicy,
  now: Date,
): Promise<LawfulBasisEvaluation> {
  const { policy } = resolved;
  const development = resolved.source === 'defaults';
  const choice = input.lawfulBasis ?? {};
  const draft = draftOf(input);
  const inference = inferJurisdiction(draft);
  const decision =
    choice.jurisdiction === undefined
      ? unconfirmedDecision(inference)
      : decideJurisdiction(inference, now, choice.jurisdiction, choice.overrideNote);
  const j = decision.jurisdiction;
  const consentPolicy = await toConsentPolicy(policy, j, { development });
  const view = baseView(policy, consentPolicy, decision, inference, choice, development);
  const suppression = await suppressionFor(draft, policy);
  const rules = ruleSetFor(j);
  if (suppression.suppressed) {
    const p = PROBLEM_TEMPLATES.suppressed;
    const problems: LawfulBasisProblemView[] = [
      {
        code: 'suppressed',
        severity: p.severity,
        message: suppression.message,
        law: PROBLEM_SOURCES.organisationPolicy,
        article: PROBLEM_SOURCES.suppressionList,
      },
    ];
    return { view: { ...view, allowed: false, problems }, suppression, consentPolicy };
  }
  const purpose =
    view.purposeId === undefined ? undefined : await purposeChoice(choice, policy, development);
  if (purpose === undefined) {
    const problems: LawfulBasisProblemView[] = [];
    if (decision.method === 'inferred') {
      const p = PROBLEM_TEMPLATES.jurisdiction_unconfirmed;
      problems.push({
        code: 'jurisdiction_unconfirmed',
        severity: p.severity,
        message: p.text({}),
        law: PROBLEM_SOURCES.organisationPolicy,
        article: PROBLEM_SOURCES.jurisdictionConfirmation,
      });
    }
    problems.push(missingBasisProblem(rules, development));
    // No lead without a lawful basis, with or without an administrator policy.
    return { view: { ...view, allowed: false, problems }, suppression, consentPolicy };
  }
  const recipients = recipientsFor(policy, j);
  const separate =
    purpose.consent !== undefined && requiresSeparateConsent(policy, j, purpose.purposeId);
  const built = await buildLawfulBasisRecord({
    draft,
    decision,
    policy: consentPolicy,
    purposes: [purpose],
    subjectKey: await tenantHmacKey(),
    capturedAt: new Date(input.capturedAt ?? now.toISOString()),
    now,
    collectionMethod: 'web-page-capture',
    language: 'en',
    extras: {
      recipients,
      crossBorderTransfers: separate
        ? recipients
            .filter((r) => r.country !== undefined)
            .map((r) => ({
              toCountry: r.country as string,
              mechanism: 'pipl_separate_consent' as const,
              separateConsent: purpose.consent!,
            }))
        : [],
    },
  });
  if (!built.ok) {
    const p = PROBLEM_TEMPLATES.record_invalid;
    return {
      view: {
        ...view,
        allowed: false,
        problems: [
          {
            code: 'record_invalid',
            severity: p.severity,
            message: p.text({}),
            law: PROBLEM_SOURCES.receipt,
            article: PROBLEM_SOURCES.identifier,
          },
        ],
      },
      suppression,
      consentPolicy,
    };
  }
  const assessment = assessLead({ record: built.record, policy: consentPolicy, suppression, now });
  const notice = createNoticeRecordForReceipt(built.record, controllerTimeZone(policy), {
    exemptionsAllowed: policy.notices?.allowExemptionClaims !== false,
  });
  return {
    view: {
      ...view,
      notice: { dueAt: notice.dueAt, trigger: notice.trigger },
      allowed: assessment.allowed,
      problems: assessment.problems.map(toView),
    },
    suppression,
    consentPolicy,
    record: built.record,
    notice,
  };
}
