// Records the salesperson's confirmation or override of the inferred jurisdiction, keeping the
// inference and its reasons next to the choice. Must never silently replace the salesperson's choice.
import type { JurisdictionId } from './ids';
import type { InferenceReason, JurisdictionInference } from './infer-jurisdiction';

export interface JurisdictionDecision {
  readonly jurisdiction: JurisdictionId;
  readonly inferred: JurisdictionId;
  /** `inferred`: not yet confirmed; `confirmed`: accepted as inferred; `overridden`: changed. */
  readonly method: 'inferred' | 'confirmed' | 'overridden';
  readonly confidence: number;
  readonly reasons: readonly InferenceReason[];
  /** Alpha-2 country from the inference, kept only while the jurisdiction is not overridden. */
  readonly country?: string;
  /** ISO instant of the confirmation / override (absent while only inferred). */
  readonly decidedAt?: string;
  /** Why the salesperson overrode the inference (free text, no personal data expected). */
  readonly overrideNote?: string;
}

export function unconfirmedDecision(inference: JurisdictionInference): JurisdictionDecision {
  return {
    jurisdiction: inference.jurisdiction,
    inferred: inference.jurisdiction,
    method: 'inferred',
    confidence: inference.confidence,
    reasons: inference.reasons,
    ...(inference.country !== undefined ? { country: inference.country } : {}),
  };
}

/** The salesperson accepts the inferred jurisdiction (`chosen` omitted or equal) or picks another. */
export function decideJurisdiction(
  inference: JurisdictionInference,
  decidedAt: Date,
  chosen?: JurisdictionId,
  overrideNote?: string,
): JurisdictionDecision {
  const jurisdiction = chosen ?? inference.jurisdiction;
  const overridden = jurisdiction !== inference.jurisdiction;
  return {
    jurisdiction,
    inferred: inference.jurisdiction,
    method: overridden ? 'overridden' : 'confirmed',
    confidence: inference.confidence,
    reasons: inference.reasons,
    decidedAt: decidedAt.toISOString(),
    ...(!overridden && inference.country !== undefined ? { country: inference.country } : {}),
    ...(overridden && overrideNote !== undefined
      ? { overrideNote: overrideNote.slice(0, 500) }
      : {}),
  };
}
