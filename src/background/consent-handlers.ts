// Background handlers for stored lawful-basis records: verify a lead's signed receipt, render its
// duty-to-inform notice, and record that the notice was sent. Must never return key material or
// accept a notice change for a lead without a notice record.
import { recordAudit } from './audit-service';
import { noticeSentEvent } from './consent-audit';
import { markNoticeSent, renderNoticeText, verifyReceipt } from '@src/consent';
import type { LeadRecord } from '@src/lead/record';
import type { NoticeTextView, ReceiptVerification } from '@src/messaging/consent-responses';
import { RequestError } from '@src/messaging/errors';
import { bilingual } from '@src/ui/i18n/bilingual';
import { ERROR_CODES, type RequestOf } from '@src/messaging/protocol';
import { controllerTimeZone, policyVersionLabel, toConsentPolicy } from './consent-adapter';
import { deviceSigner } from './device-signer';
import { currentPolicy } from './policy-service';
import { leadRepository } from './services';

export async function leadWithNotice(
  id: string,
): Promise<LeadRecord & Required<Pick<LeadRecord, 'notice' | 'receipt'>>> {
  const record = await (await leadRepository()).get(id);
  if (!record) throw new RequestError(ERROR_CODES.notFound, bilingual('errLeadGone'));
  if (!record.notice || !record.receipt)
    throw new RequestError(ERROR_CODES.invalid, bilingual('errNoLawfulRecord'));
  return record as LeadRecord & Required<Pick<LeadRecord, 'notice' | 'receipt'>>;
}

export async function verifyLeadReceipt(
  request: RequestOf<'receipt.verify'>,
): Promise<ReceiptVerification> {
  const record = await (await leadRepository()).get(request.id);
  if (!record) throw new RequestError(ERROR_CODES.notFound, bilingual('errLeadGone'));
  if (!record.receipt) return { valid: false, reason: 'no-receipt' };
  const result = await verifyReceipt(record.receipt.jws, (await deviceSigner()).publicJwk);
  if (!result.valid) return { valid: false, reason: result.reason };
  return {
    valid: true,
    hash: result.hash,
    storedHash: record.receipt.hash,
    receiptId: result.receipt.receiptId,
    kid: result.kid,
  };
}

export async function noticeText(request: RequestOf<'notices.text'>): Promise<NoticeTextView> {
  const record = await leadWithNotice(request.id);
  const verified = await verifyReceipt(record.receipt.jws, (await deviceSigner()).publicJwk);
  if (!verified.valid)
    throw new RequestError(ERROR_CODES.invalid, bilingual('errRecordUnverified'));
  const resolved = await currentPolicy();
  const { policy } = resolved;
  const consentPolicy = await toConsentPolicy(policy, verified.receipt.jurisdiction.id, {
    development: resolved.source === 'defaults',
  });
  const text = renderNoticeText(
    verified.receipt,
    consentPolicy,
    request.language,
    controllerTimeZone(policy),
  );
  return {
    // Development mode names no real controller: the text is marked as a draft not to be sent.
    text:
      resolved.source === 'defaults'
        ? `${bilingual('noticeDevelopmentDraft')[request.language]}\n\n${text}`
        : text,
    notice: record.notice,
  };
}

/** Marking a notice sent needs a real controller in it: refused in development mode. */
export const NOTICE_NEEDS_POLICY = bilingual('errNoticeNeedsPolicy');

export async function markLeadNoticeSent(
  request: RequestOf<'notices.markSent'>,
): Promise<LeadRecord> {
  await leadWithNotice(request.id);
  const resolved = await currentPolicy();
  if (resolved.source === 'defaults')
    throw new RequestError(ERROR_CODES.blocked, NOTICE_NEEDS_POLICY);
  const { policy } = resolved;
  const at = new Date();
  const updated = await (
    await leadRepository()
  ).update(request.id, (current) =>
    current.notice && current.notice.status.state === 'pending'
      ? {
          ...current,
          updatedAt: at.toISOString(),
          notice: markNoticeSent(current.notice, {
            channel: request.channel,
            sentAt: at,
            templateVersion: policyVersionLabel(policy),
          }),
        }
      : current,
  );
  if (!updated) throw new RequestError(ERROR_CODES.notFound, bilingual('errLeadGone'));
  if (updated.receipt) {
    await recordAudit(
      noticeSentEvent({ leadId: updated.id, receiptHash: updated.receipt.hash, at }),
      at.getTime(),
    );
  }
  return updated;
}
