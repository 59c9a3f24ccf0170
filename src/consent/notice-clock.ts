// The duty-to-inform clock (GDPR Art. 14(3) and the regimes' equivalents): when the notice is
// due, its status (pending / sent / exemption claimed), and which notices are overdue.
// Month periods follow Regulation 1182/71 Art. 3(2)(c): captured on 31 January → due at the end
// of 28/29 February, in the controller's (or a given) IANA time zone; no extension for weekends
// or holidays (the conservative reading). Must never mutate a record: every change returns a copy.
import type { JurisdictionId } from './ids';
import type { LegalReference, NoticeDeadline, RuleSet } from './rule-set';
import { addCalendarMonths, endOfLocalDay } from './zoned-time';

export type NoticeTrigger =
  | 'period-end'
  | 'first-communication'
  | 'first-disclosure'
  | 'before-processing'
  | 'target-days'
  | 'on-request';

export const NOTICE_CHANNELS = [
  'email',
  'post',
  'phone',
  'in-person',
  'notice-at-collection',
  'other',
] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

export type NoticeStatus =
  | { readonly state: 'pending' }
  | {
      readonly state: 'sent';
      readonly channel: NoticeChannel;
      readonly sentAt: string;
      readonly templateVersion: string;
      readonly late: boolean;
    }
  | {
      readonly state: 'exemption-claimed';
      readonly code: string;
      readonly reason: string;
      readonly reference: LegalReference;
      readonly claimedAt: string;
    };

export interface NoticeRecord {
  readonly receiptId: string;
  readonly jurisdiction: JurisdictionId;
  readonly deadline: NoticeDeadline;
  readonly capturedAt: string;
  readonly timeZone: string;
  readonly firstCommunicationAt?: string;
  readonly firstDisclosureAt?: string;
  /** ISO instant the notice is due by (inclusive); null when no clock runs (on request). */
  readonly dueAt: string | null;
  readonly trigger: NoticeTrigger;
  readonly status: NoticeStatus;
}

const DAY_MS = 86_400_000;

export function noticeDue(
  deadline: NoticeDeadline,
  times: { capturedAt: string; firstCommunicationAt?: string; firstDisclosureAt?: string },
  timeZone: string,
): { dueAt: string | null; trigger: NoticeTrigger } {
  const captured = Date.parse(times.capturedAt);
  if (Number.isNaN(captured)) throw new RangeError('capturedAt must be an ISO instant');
  if (deadline.kind === 'on-request') return { dueAt: null, trigger: 'on-request' };
  if (deadline.kind === 'before-processing')
    return { dueAt: new Date(captured).toISOString(), trigger: 'before-processing' };
  const candidates: [number, NoticeTrigger][] = [];
  if (deadline.kind === 'as-soon-as-practicable')
    candidates.push([captured + deadline.targetDays * DAY_MS, 'target-days']);
  else {
    candidates.push([
      endOfLocalDay(addCalendarMonths(captured, deadline.months, timeZone), timeZone),
      'period-end',
    ]);
    if (deadline.earlierOnContact) {
      if (times.firstCommunicationAt !== undefined)
        candidates.push([Date.parse(times.firstCommunicationAt), 'first-communication']);
      if (times.firstDisclosureAt !== undefined)
        candidates.push([Date.parse(times.firstDisclosureAt), 'first-disclosure']);
    }
  }
  const [at, trigger] = candidates
    .filter(([t]) => !Number.isNaN(t))
    .reduce((a, b) => (b[0] < a[0] ? b : a));
  return { dueAt: new Date(at).toISOString(), trigger };
}

export function createNoticeRecord(input: {
  receiptId: string;
  capturedAt: string;
  timeZone: string;
  rules: RuleSet;
}): NoticeRecord {
  const deadline = input.rules.notice.deadline;
  const due = noticeDue(deadline, { capturedAt: input.capturedAt }, input.timeZone);
  return {
    receiptId: input.receiptId,
    jurisdiction: input.rules.id,
    deadline,
    capturedAt: input.capturedAt,
    timeZone: input.timeZone,
    ...due,
    status: { state: 'pending' },
  };
}

function recompute(
  notice: NoticeRecord,
  change: Partial<Pick<NoticeRecord, 'firstCommunicationAt' | 'firstDisclosureAt'>>,
): NoticeRecord {
  const next = { ...notice, ...change };
  return { ...next, ...noticeDue(next.deadline, next, next.timeZone) };
}

/** Records the first communication with the person (later ones are ignored). */
export function recordFirstCommunication(notice: NoticeRecord, at: Date): NoticeRecord {
  return notice.firstCommunicationAt !== undefined
    ? notice
    : recompute(notice, { firstCommunicationAt: at.toISOString() });
}

/** Records the first disclosure to another recipient (later ones are ignored). */
export function recordFirstDisclosure(notice: NoticeRecord, at: Date): NoticeRecord {
  return notice.firstDisclosureAt !== undefined
    ? notice
    : recompute(notice, { firstDisclosureAt: at.toISOString() });
}

export function markNoticeSent(
  notice: NoticeRecord,
  sent: { channel: NoticeChannel; sentAt: Date; templateVersion: string },
): NoticeRecord {
  const late = notice.dueAt !== null && sent.sentAt.getTime() > Date.parse(notice.dueAt);
  return {
    ...notice,
    status: {
      state: 'sent',
      channel: sent.channel,
      sentAt: sent.sentAt.toISOString(),
      templateVersion: sent.templateVersion,
      late,
    },
  };
}

export type ExemptionClaim =
  | { readonly ok: true; readonly notice: NoticeRecord }
  | { readonly ok: false; readonly error: 'unknown-exemption' | 'reason-required' };

/** Claims one of the regime's notice exemptions (e.g. GDPR Art. 14(5)(b)) with a written reason. */
export function claimNoticeExemption(
  notice: NoticeRecord,
  rules: RuleSet,
  claim: { code: string; reason: string; claimedAt: Date },
): ExemptionClaim {
  const exemption = rules.notice.exemptions.find((e) => e.code === claim.code);
  if (exemption === undefined) return { ok: false, error: 'unknown-exemption' };
  const reason = claim.reason.trim();
  if (reason.length < 10) return { ok: false, error: 'reason-required' };
  return {
    ok: true,
    notice: {
      ...notice,
      status: {
        state: 'exemption-claimed',
        code: exemption.code,
        reason: reason.slice(0, 2000),
        reference: exemption.reference,
        claimedAt: claim.claimedAt.toISOString(),
      },
    },
  };
}

export interface OverdueAlert {
  readonly receiptId: string;
  readonly jurisdiction: JurisdictionId;
  readonly dueAt: string;
  readonly trigger: NoticeTrigger;
  readonly overdueByMs: number;
}

/** Pending notices whose due instant has passed, most overdue first. */
export function overdueNotices(records: readonly NoticeRecord[], now: Date): OverdueAlert[] {
  const nowMs = now.getTime();
  return records
    .filter((r) => r.status.state === 'pending' && r.dueAt !== null && nowMs > Date.parse(r.dueAt))
    .map((r) => ({
      receiptId: r.receiptId,
      jurisdiction: r.jurisdiction,
      dueAt: r.dueAt as string,
      trigger: r.trigger,
      overdueByMs: nowMs - Date.parse(r.dueAt as string),
    }))
    .sort((a, b) => b.overdueByMs - a.overdueByMs);
}
