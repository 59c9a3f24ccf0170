// The side panel's view of a lawful-basis evaluation: the inferred jurisdiction and why, the
// purposes and the bases the policy offers, the LIA templates, what the chosen basis needs, and
// problems as value-free views. Must never judge lawfulness (assessLead does) or carry values.
import {
  BASIS_LABELS,
  JURISDICTION_IDS,
  offeredBases,
  ruleSetFor,
  type ConsentPolicy,
  type InferenceReason,
  type inferJurisdiction,
  type JurisdictionDecision,
  type Problem,
} from '@src/consent';
import type { LawfulBasisChoice } from '@src/messaging/consent-protocol';
import type {
  JurisdictionReasonView,
  LawfulBasisProblemView,
  LawfulBasisView,
} from '@src/messaging/consent-responses';
import type { Policy } from '@src/policy';

/** A reason as the side panel renders it (through its own translations). */
export function toReasonView(r: InferenceReason): JurisdictionReasonView {
  return { code: r.code, params: { ...r.params }, text: r.description };
}

export function toView(p: Problem): LawfulBasisProblemView {
  return {
    code: p.code,
    severity: p.severity,
    message: p.message,
    law: p.law,
    article: p.reference.article,
  };
}

export function baseView(
  policy: Policy,
  consentPolicy: ConsentPolicy,
  decision: JurisdictionDecision,
  inferred: ReturnType<typeof inferJurisdiction>,
  choice: LawfulBasisChoice,
  development: boolean,
): Omit<LawfulBasisView, 'allowed' | 'problems' | 'notice'> {
  const j = decision.jurisdiction;
  const purposeId = policy.purposes.some((p) => p.id === choice.purposeId)
    ? choice.purposeId
    : undefined;
  return {
    mode: development ? 'development' : 'enforced',
    inferred: {
      jurisdiction: inferred.jurisdiction,
      confidence: inferred.confidence,
      reasons: inferred.reasons.map(toReasonView),
    },
    jurisdiction: j,
    method: decision.method,
    jurisdictions: [...JURISDICTION_IDS],
    purposes: policy.purposes.map((p) => ({
      id: p.id,
      name: { en: p.name, zh: p.localized?.zh?.name ?? p.name },
      description: { en: p.description, zh: p.localized?.zh?.description ?? p.description },
    })),
    ...(purposeId !== undefined ? { purposeId } : {}),
    bases:
      purposeId === undefined
        ? []
        : offeredBases(consentPolicy, j, purposeId).map((rule) => ({
            basis: rule.basis,
            label: BASIS_LABELS[rule.basis],
            ...(rule.localName !== undefined ? { localName: rule.localName } : {}),
            reference: `${ruleSetFor(j).law} ${rule.reference.article}`,
          })),
    liaTemplates: policy.liaTemplates
      .filter((t) => t.purposeId === purposeId)
      .map((t) => ({
        id: t.id,
        title: t.title,
        summary: `${t.purposeTest} ${t.necessityTest} ${t.balancingTest}`,
        approved: `${t.approvedBy}, ${t.approvedOn}`,
      })),
    needs: {
      lia: choice.basis === 'legitimate_interests',
      consentEvidence: choice.basis === 'consent',
      liaSummary: development && choice.basis === 'legitimate_interests',
    },
  };
}
