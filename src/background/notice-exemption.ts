// Records a duty-to-inform exemption (GDPR Art. 14(5) and the regimes' equivalents) on a saved
// lead's notice: one of the exemptions the law of the notice's jurisdiction lists, with the
// salesperson's written reason, unless the organisation's policy forbids claims. The notice then
// leaves the "notices due" list. Must never put the reason or any personal value in the audit
// trail (the event holds the lead id, the receipt hash and the exemption code only).
import { claimNoticeExemption, ruleSetFor } from '@src/consent';
import { AUDIT_EXEMPTIONS, type AuditEventInput } from '@src/audit';
import type { LeadRecord } from '@src/lead/record';
import { RequestError } from '@src/messaging/errors';
import { bilingual } from '@src/ui/i18n/bilingual';
import { ERROR_CODES, type RequestOf } from '@src/messaging/protocol';
import { recordAudit } from './audit-service';
import { leadWithNotice } from './consent-handlers';
import { currentPolicy } from './policy-service';
import { leadRepository } from './services';

/** Message keys (shared interface tables) for each refusal. */
export const EXEMPTION_MESSAGES = {
  forbidden: 'errExemptionForbidden',
  notPending: 'errNoticeNotPending',
  'unknown-exemption': 'errExemptionUnknown',
  'reason-required': 'errExemptionReason',
} as const;

type AuditExemption = (typeof AUDIT_EXEMPTIONS)[number];

function auditCode(code: string): AuditExemption {
  return (AUDIT_EXEMPTIONS as readonly string[]).includes(code)
    ? (code as AuditExemption)
    : 'other';
}

export function noticeExemptedEvent(input: {
  leadId: string;
  receiptHash: string;
  code: string;
  at: Date;
}): AuditEventInput {
  return {
    type: 'notice_exempted',
    recordId: input.leadId,
    digest: input.receiptHash,
    exemption: auditCode(input.code),
    outcome: 'ok',
    at: input.at.getTime(),
  };
}

export async function claimLeadNoticeExemption(
  request: RequestOf<'notices.claimExemption'>,
): Promise<LeadRecord> {
  const { policy } = await currentPolicy();
  if (policy.notices?.allowExemptionClaims === false) {
    throw new RequestError(ERROR_CODES.blocked, bilingual(EXEMPTION_MESSAGES.forbidden));
  }
  const lead = await leadWithNotice(request.id);
  if (lead.notice.status.state !== 'pending') {
    throw new RequestError(ERROR_CODES.invalid, bilingual(EXEMPTION_MESSAGES.notPending));
  }
  const at = new Date();
  const claim = claimNoticeExemption(lead.notice, ruleSetFor(lead.notice.jurisdiction), {
    code: request.code,
    reason: request.reason,
    claimedAt: at,
  });
  if (!claim.ok)
    throw new RequestError(ERROR_CODES.invalid, bilingual(EXEMPTION_MESSAGES[claim.error]));
  let applied = false;
  const updated = await (
    await leadRepository()
  ).update(request.id, (current) => {
    if (current.notice?.status.state !== 'pending') return current;
    applied = true;
    return { ...current, updatedAt: at.toISOString(), notice: claim.notice };
  });
  if (!updated) throw new RequestError(ERROR_CODES.notFound, bilingual('errLeadGone'));
  // Sent or exempted meanwhile (another panel): nothing changed, so nothing is claimed or audited.
  if (!applied)
    throw new RequestError(ERROR_CODES.invalid, bilingual(EXEMPTION_MESSAGES.notPending));
  await recordAudit(
    noticeExemptedEvent({
      leadId: updated.id,
      receiptHash: lead.receipt.hash,
      code: request.code,
      at,
    }),
    at.getTime(),
  );
  return updated;
}
