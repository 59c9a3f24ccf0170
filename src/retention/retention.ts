// Retention rules for locally kept leads (pure; time passed in as epoch ms).
// - retentionEnd is fixed at capture from the jurisdiction's retention days, and a later policy can
//   only shorten it, NEVER extend it (storage limitation, GDPR art. 5(1)(e)).
// - local expiry = min(deliveredAt + graceDays, retentionEnd): once the connector has the lead,
//   the browser copy goes after a short grace period.
// - a legal hold blocks erasure. Invalid dates fail towards erasure (unless held).
// Must never return a later retention end than it was given.

export const DAY_MS = 86_400_000;
export const DEFAULT_DELIVERY_GRACE_DAYS = 7;

export type RetentionPolicy = { readonly retentionDays: number };

export type RetentionRecord = {
  readonly id: string;
  /** Epoch ms, fixed at capture; only ever lowered. */
  readonly retentionEnd: number;
  /** Epoch ms when the connector confirmed delivery, or null/undefined if not delivered. */
  readonly deliveredAt?: number | null;
  readonly legalHold?: boolean;
};

export type SweepOptions = { readonly graceDays?: number };

function assertDays(days: number): void {
  if (!Number.isFinite(days) || days < 0) throw new RangeError('Days must be a finite number ≥ 0');
}

/** Retention end at capture: capturedAt + retentionDays. */
export function computeRetentionEnd(capturedAt: number, policy: RetentionPolicy): number {
  assertDays(policy.retentionDays);
  if (!Number.isFinite(capturedAt)) throw new RangeError('capturedAt must be finite');
  return capturedAt + policy.retentionDays * DAY_MS;
}

/**
 * Applies a new policy to an existing record: min(existing end, capturedAt + new days).
 * A longer new policy leaves the end unchanged; a shorter one brings it forward.
 */
export function applyPolicyToRetentionEnd(
  existingRetentionEnd: number,
  capturedAt: number,
  newPolicy: RetentionPolicy,
): number {
  const proposed = computeRetentionEnd(capturedAt, newPolicy);
  if (!Number.isFinite(existingRetentionEnd)) return proposed;
  return Math.min(existingRetentionEnd, proposed);
}

/** When the local copy must go: min(deliveredAt + grace, retentionEnd). NaN-safe (→ -Infinity). */
export function localExpiry(
  record: RetentionRecord,
  graceDays = DEFAULT_DELIVERY_GRACE_DAYS,
): number {
  assertDays(graceDays);
  const end = Number.isFinite(record.retentionEnd) ? record.retentionEnd : Number.NEGATIVE_INFINITY;
  if (record.deliveredAt === null || record.deliveredAt === undefined) return end;
  if (!Number.isFinite(record.deliveredAt)) return Number.NEGATIVE_INFINITY;
  return Math.min(record.deliveredAt + graceDays * DAY_MS, end);
}

function isExpired(record: RetentionRecord, now: number, graceDays: number): boolean {
  return localExpiry(record, graceDays) <= now;
}

/** Ids of records to erase now: expired and not under legal hold. */
export function sweep(
  records: readonly RetentionRecord[],
  now: number,
  options: SweepOptions = {},
): string[] {
  const grace = options.graceDays ?? DEFAULT_DELIVERY_GRACE_DAYS;
  return records.filter((r) => r.legalHold !== true && isExpired(r, now, grace)).map((r) => r.id);
}

/** Ids of records that are expired but kept because of a legal hold (for the audit trail). */
export function expiredButHeld(
  records: readonly RetentionRecord[],
  now: number,
  options: SweepOptions = {},
): string[] {
  const grace = options.graceDays ?? DEFAULT_DELIVERY_GRACE_DAYS;
  return records.filter((r) => r.legalHold === true && isExpired(r, now, grace)).map((r) => r.id);
}
