// Opens the notice record for a new lawful-basis record: the regime's clock in the controller's
// time zone, already `sent` when a CCPA notice at collection was given, already
// `exemption-claimed` when every purpose relies on a business-contact exemption that also
// exempts the notice (unless the organisation forbids exemptions: then every notice must be sent).
// Must never mark a notice as handled on any other ground.
import {
  claimNoticeExemption,
  createNoticeRecord,
  markNoticeSent,
  type NoticeRecord,
} from './notice-clock';
import type { LawfulBasisRecord } from './receipt-schema';
import { ruleSetFor } from './regimes/index';

export interface NoticeOptions {
  /** False when the policy (or the salesperson's stricter setting) forbids exemption claims. */
  exemptionsAllowed?: boolean;
}

export function createNoticeRecordForReceipt(
  record: LawfulBasisRecord,
  timeZone: string,
  options: NoticeOptions = {},
): NoticeRecord {
  const rules = ruleSetFor(record.jurisdiction.id);
  const notice = createNoticeRecord({
    receiptId: record.receiptId,
    capturedAt: record.capturedAt,
    timeZone,
    rules,
  });
  const atCollection = record.ccpa?.noticeAtCollection;
  if (rules.notice.noticeAtCollectionRequired === true && atCollection !== undefined) {
    return markNoticeSent(notice, {
      channel: 'notice-at-collection',
      sentAt: new Date(atCollection.givenAt),
      templateVersion: atCollection.version,
    });
  }
  const businessContactOnly = record.purposes.every((p) => p.basis === 'business_contact');
  const exemptionsAllowed = options.exemptionsAllowed !== false;
  if (
    exemptionsAllowed &&
    businessContactOnly &&
    rules.notice.exemptions.some((e) => e.code === 'business_contact')
  ) {
    const claim = claimNoticeExemption(notice, rules, {
      code: 'business_contact',
      reason: 'Business contact information used only for business communication',
      claimedAt: new Date(record.createdAt),
    });
    if (claim.ok) return claim.notice;
  }
  return notice;
}
