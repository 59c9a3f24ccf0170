// assessLead: may this lead be saved and sent? Every problem in plain words (English and
// Chinese) with the rule it comes from. Unknown jurisdiction uses the strictest rule set the
// policy allows. Must never throw on a malformed record (it becomes a `record_invalid` problem)
// and never put personal values in a problem.
import * as v from 'valibot';
import {
  checkCcpa,
  checkNoticeTiming,
  checkRetention,
  checkSpecialCategories,
  checkTransfers,
} from './assess-checks';
import { checkPurpose } from './assess-purpose';
import { problem, type Problem } from './problem-factory';
import type { JurisdictionId } from './ids';
import type { ConsentPolicy } from './policy-input';
import { LawfulBasisRecordSchema } from './receipt-schema';
import { ruleSetFor } from './regimes/index';
import type { SuppressionResult } from './suppression';

export type { Problem } from './problem-factory';

export interface AssessLeadInput {
  /** The candidate lawful-basis record (validated here). */
  readonly record: unknown;
  readonly policy: ConsentPolicy;
  /** Result of `checkSuppression` for this draft. */
  readonly suppression: SuppressionResult;
  readonly now: Date;
}

export interface Assessment {
  /** True when no problem blocks saving and sending. */
  readonly allowed: boolean;
  readonly jurisdiction: JurisdictionId;
  readonly problems: readonly Problem[];
}

const RECORD_REFERENCE = { law: 'Lawful Leads receipt', article: 'schema' };
const POLICY_LAW = 'Organisation policy';

function jurisdictionOf(record: unknown): JurisdictionId {
  const parsed = v.safeParse(
    v.object({
      jurisdiction: v.object({ id: LawfulBasisRecordSchema.entries.jurisdiction.entries.id }),
    }),
    record,
  );
  return parsed.success ? parsed.output.jurisdiction.id : 'UNKNOWN';
}

export function assessLead(input: AssessLeadInput): Assessment {
  const { policy, suppression, now } = input;
  const parsed = v.safeParse(LawfulBasisRecordSchema, input.record);
  const jurisdiction = parsed.success
    ? parsed.output.jurisdiction.id
    : jurisdictionOf(input.record);
  const rules = ruleSetFor(jurisdiction);
  const problems: Problem[] = [];
  if (suppression.suppressed) {
    problems.push(problem('suppressed', rules, { law: POLICY_LAW, article: 'suppression list' }));
  }
  if (!parsed.success) {
    problems.push(problem('record_invalid', rules, RECORD_REFERENCE));
    return { allowed: false, jurisdiction, problems };
  }
  const record = parsed.output;
  if (record.jurisdiction.method === 'inferred') {
    problems.push(
      problem('jurisdiction_unconfirmed', rules, {
        law: POLICY_LAW,
        article: 'jurisdiction confirmation',
      }),
    );
  }
  if (record.policy.hash !== policy.hash || record.policy.version !== policy.version) {
    problems.push(
      problem('policy_version_mismatch', rules, {
        law: POLICY_LAW,
        article: `version ${policy.version}`,
      }),
    );
  }
  for (const purpose of record.purposes)
    problems.push(...checkPurpose(purpose, record, rules, policy, now));
  problems.push(
    ...checkSpecialCategories(record, rules, policy),
    ...checkTransfers(record, rules),
    ...checkCcpa(record, rules),
    ...checkRetention(record, rules, policy),
    ...checkNoticeTiming(record, rules),
  );
  if (record.recipients.length === 0)
    problems.push(problem('no_recipients', rules, RECORD_REFERENCE));
  return { allowed: !problems.some((p) => p.severity === 'block'), jurisdiction, problems };
}
