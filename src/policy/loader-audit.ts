// Decides which audit events a policy refresh produces: one when the applied policy changes, and
// one per notable problem when the set of problems changes (so polling never floods the log).
// Pure. Must never include personal data: events carry ids, codes, paths and plain messages.
import { samePolicy } from './last-known-good';
import type { Problem } from './problems';
import type { ResolvedPolicy } from './resolve';

export type LoadTrigger = 'start' | 'managed-changed' | 'poll' | 'manual';

export type PolicyAuditEvent =
  | {
      type: 'policy-applied';
      at: number;
      trigger: LoadTrigger;
      policyId: string;
      version: number;
      source: ResolvedPolicy['source'];
      signer?: string;
    }
  | {
      type: 'policy-problem';
      at: number;
      trigger: LoadTrigger;
      code: Problem['code'];
      severity: Problem['severity'];
      message: string;
      path?: string;
    };

export interface AuditDecision {
  changed: boolean;
  events: PolicyAuditEvent[];
  /** Identifies the reported problem set; pass it back on the next refresh. */
  problemFingerprint: string;
}

export function auditEventsFor(
  previous: ResolvedPolicy | null,
  resolved: ResolvedPolicy,
  trigger: LoadTrigger,
  at: number,
  reportedFingerprint: string,
): AuditDecision {
  const events: PolicyAuditEvent[] = [];
  const changed =
    !previous ||
    previous.source !== resolved.source ||
    !samePolicy(previous.policy, resolved.policy);
  if (changed) {
    events.push({
      type: 'policy-applied',
      at,
      trigger,
      policyId: resolved.policyId,
      version: resolved.version,
      source: resolved.source,
      ...(resolved.signer ? { signer: resolved.signer } : {}),
    });
  }
  const notable = resolved.problems.filter((item) => item.severity !== 'info');
  const problemFingerprint = notable.map((item) => `${item.code}@${item.path ?? ''}`).join('|');
  if (problemFingerprint !== reportedFingerprint) {
    for (const item of notable) {
      events.push({
        type: 'policy-problem',
        at,
        trigger,
        code: item.code,
        severity: item.severity,
        message: item.message,
        ...(item.path ? { path: item.path } : {}),
      });
    }
  }
  return { changed, events, problemFingerprint };
}
