import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_THRESHOLDS, evaluateAlerts, type AlertThresholds } from '@src/audit/alerts';
import type { AuditEvent } from '@src/audit/event-schema';

type E = Pick<AuditEvent, 'type' | 'at' | 'count' | 'alertKind'>;
const HOUR = 3_600_000;
const NOW = 100 * 24 * HOUR;
const limits: AlertThresholds = {
  maxCapturesPerHour: 3,
  maxExportsPerDay: 10,
  maxConsecutiveFailedUnlocks: 2,
};

function many(type: E['type'], n: number, from: number, step: number): E[] {
  return Array.from({ length: n }, (_, i) => ({ type, at: from + i * step }));
}

describe('evaluateAlerts', () => {
  it('raises nothing under the thresholds', () => {
    const events = [
      ...many('capture', 3, NOW - HOUR / 2, 1000),
      ...many('unlock_failed', 2, NOW - 10, 1),
    ];
    expect(evaluateAlerts(events, limits, NOW)).toEqual([]);
    expect(evaluateAlerts([], DEFAULT_ALERT_THRESHOLDS, NOW)).toEqual([]);
  });

  it('counts captures in the last hour only', () => {
    const old = many('capture', 10, NOW - 3 * HOUR, 1000);
    const recent = many('capture', 4, NOW - HOUR + 1, 1000);
    expect(evaluateAlerts([...old, ...recent.slice(0, 3)], limits, NOW)).toEqual([]);
    expect(evaluateAlerts([...old, ...recent], limits, NOW)).toEqual([
      { kind: 'captures_per_hour', observed: 4, limit: 3, windowStart: NOW - HOUR, windowEnd: NOW },
    ]);
  });

  it('sums export counts over a day (one bulk export can cross the line)', () => {
    const events: E[] = [{ type: 'export', at: NOW - 2 * HOUR, count: 11 }];
    expect(evaluateAlerts(events, limits, NOW).map((a) => a.kind)).toEqual(['exports_per_day']);
    expect(evaluateAlerts(events, limits, NOW + 23 * HOUR)).toHaveLength(0);
  });

  it('counts failed unlocks since the last successful unlock', () => {
    const before = many('unlock_failed', 5, NOW - 10 * HOUR, 1000);
    const unlock: E = { type: 'unlock', at: NOW - 5 * HOUR };
    const after = many('unlock_failed', 3, NOW - HOUR, 1000);
    expect(evaluateAlerts([...before, unlock], limits, NOW)).toEqual([]);
    expect(evaluateAlerts([...before, unlock, ...after], limits, NOW)).toEqual([
      {
        kind: 'failed_unlocks',
        observed: 3,
        limit: 2,
        windowStart: NOW - 5 * HOUR,
        windowEnd: NOW,
      },
    ]);
    expect(evaluateAlerts(after, limits, NOW)[0]).toMatchObject({
      observed: 3,
      windowStart: NOW - HOUR,
    });
  });

  it('does not raise the same alert twice in its window', () => {
    const captures = many('capture', 5, NOW - HOUR / 2, 1000);
    const raised: E = { type: 'alert', at: NOW - 60_000, alertKind: 'captures_per_hour' };
    expect(evaluateAlerts([...captures, raised], limits, NOW)).toEqual([]);
    const staleAlert: E = { ...raised, at: NOW - 2 * HOUR };
    expect(evaluateAlerts([...captures, staleAlert], limits, NOW)).toHaveLength(1);
    const failures = many('unlock_failed', 3, NOW - 1000, 1);
    const failedAlert: E = { type: 'alert', at: NOW - 500, alertKind: 'failed_unlocks' };
    expect(evaluateAlerts([...failures, failedAlert], limits, NOW)).toEqual([]);
  });

  it('ignores events after now', () => {
    const future = many('capture', 10, NOW + 1, 1);
    expect(evaluateAlerts(future, limits, NOW)).toEqual([]);
  });
});
