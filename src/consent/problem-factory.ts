// Builds an assessment problem from the catalogue: code, severity, the regime and rule it comes
// from, and the English / Chinese text. Must never take personal values as parameters.
import type { JurisdictionId, LocalizedText } from './ids';
import { PROBLEM_TEMPLATES, type ProblemCode, type ProblemParams, type Severity } from './problems';
import type { LegalReference, RuleSet } from './rule-set';

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly regime: JurisdictionId;
  readonly law: string;
  readonly reference: LegalReference;
  readonly message: LocalizedText;
  readonly purposeId?: string;
}

export function problem(
  code: ProblemCode,
  rules: RuleSet,
  reference: LegalReference,
  params: ProblemParams = {},
): Problem {
  const template = PROBLEM_TEMPLATES[code];
  return {
    code,
    severity: template.severity,
    regime: rules.id,
    law: rules.law,
    reference,
    message: template.text(params),
    ...(params.purpose !== undefined ? { purposeId: params.purpose } : {}),
  };
}
