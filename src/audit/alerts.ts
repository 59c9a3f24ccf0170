// Threshold alerts over a window of audit events (pure; time passed in). Returns the alerts to
// raise; the caller records each as an `alert` audit event, which suppresses repeats.
// Must never read personal data (events hold none) and never raise the same alert twice per window.

import type { AuditAlertKind, AuditEvent } from './event-schema';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export type AlertThresholds = {
  /** Alert when more leads than this are captured within one hour (sum of `count`, default 1). */
  readonly maxCapturesPerHour: number;
  /** Alert when more records than this are exported within one day (sum of `count`, default 1). */
  readonly maxExportsPerDay: number;
  /** Alert when more unlock failures than this happen in a row (since the last unlock). */
  readonly maxConsecutiveFailedUnlocks: number;
};

export const DEFAULT_ALERT_THRESHOLDS: AlertThresholds = Object.freeze({
  maxCapturesPerHour: 60,
  maxExportsPerDay: 200,
  maxConsecutiveFailedUnlocks: 5,
});

export type AuditAlert = {
  readonly kind: AuditAlertKind;
  readonly observed: number;
  readonly limit: number;
  /** Epoch ms: start of the window the observation covers. */
  readonly windowStart: number;
  readonly windowEnd: number;
};

type EventLike = Pick<AuditEvent, 'type' | 'at' | 'count' | 'alertKind'>;

function sumInWindow(events: readonly EventLike[], type: string, from: number, to: number): number {
  let total = 0;
  for (const event of events) {
    if (event.type === type && event.at > from && event.at <= to) total += event.count ?? 1;
  }
  return total;
}

function alreadyRaised(events: readonly EventLike[], kind: AuditAlertKind, since: number): boolean {
  return events.some((e) => e.type === 'alert' && e.alertKind === kind && e.at > since);
}

/** Alerts whose thresholds are exceeded at `now`, given recent events (at least the last day). */
export function evaluateAlerts(
  events: readonly EventLike[],
  thresholds: AlertThresholds,
  now: number,
): AuditAlert[] {
  const alerts: AuditAlert[] = [];
  const windows = [
    ['captures_per_hour', 'capture', HOUR_MS, thresholds.maxCapturesPerHour],
    ['exports_per_day', 'export', DAY_MS, thresholds.maxExportsPerDay],
  ] as const;
  for (const [kind, type, length, limit] of windows) {
    const windowStart = now - length;
    const observed = sumInWindow(events, type, windowStart, now);
    if (observed > limit && !alreadyRaised(events, kind, windowStart)) {
      alerts.push({ kind, observed, limit, windowStart, windowEnd: now });
    }
  }
  let lastUnlockAt = Number.NEGATIVE_INFINITY;
  let failures = 0;
  let firstFailureAt = now;
  for (const event of events) {
    if (event.at > now) continue;
    if (event.type === 'unlock' && event.at >= lastUnlockAt) {
      lastUnlockAt = event.at;
    }
  }
  for (const event of events) {
    if (event.type === 'unlock_failed' && event.at > lastUnlockAt && event.at <= now) {
      failures += 1;
      firstFailureAt = Math.min(firstFailureAt, event.at);
    }
  }
  const limit = thresholds.maxConsecutiveFailedUnlocks;
  if (failures > limit && !alreadyRaised(events, 'failed_unlocks', lastUnlockAt)) {
    alerts.push({
      kind: 'failed_unlocks',
      observed: failures,
      limit,
      windowStart: Number.isFinite(lastUnlockAt) ? lastUnlockAt : firstFailureAt,
      windowEnd: now,
    });
  }
  return alerts;
}
