import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPolicyToRetentionEnd,
  computeRetentionEnd,
  DAY_MS,
  DEFAULT_DELIVERY_GRACE_DAYS,
  expiredButHeld,
  localExpiry,
  sweep,
  type RetentionRecord,
} from '@src/retention/retention';

const CAPTURED = Date.UTC(2026, 0, 1);

describe('retention end', () => {
  it('is computed at capture from the jurisdiction retention days', () => {
    expect(computeRetentionEnd(CAPTURED, { retentionDays: 30 })).toBe(CAPTURED + 30 * DAY_MS);
    expect(computeRetentionEnd(CAPTURED, { retentionDays: 0 })).toBe(CAPTURED);
  });

  it('refuses nonsense policies', () => {
    expect(() => computeRetentionEnd(CAPTURED, { retentionDays: -1 })).toThrow(RangeError);
    expect(() => computeRetentionEnd(CAPTURED, { retentionDays: Number.NaN })).toThrow(RangeError);
    expect(() => computeRetentionEnd(Number.NaN, { retentionDays: 1 })).toThrow(RangeError);
  });

  it('a later, longer policy never extends it; a shorter one brings it forward', () => {
    const end = computeRetentionEnd(CAPTURED, { retentionDays: 30 });
    expect(applyPolicyToRetentionEnd(end, CAPTURED, { retentionDays: 365 })).toBe(end);
    expect(applyPolicyToRetentionEnd(end, CAPTURED, { retentionDays: 10 })).toBe(
      CAPTURED + 10 * DAY_MS,
    );
  });

  it('never increases (property)', () => {
    fc.assert(
      fc.property(fc.nat(3650), fc.nat(3650), (first, second) => {
        const end = computeRetentionEnd(CAPTURED, { retentionDays: first });
        const next = applyPolicyToRetentionEnd(end, CAPTURED, { retentionDays: second });
        return next <= end && next === Math.min(end, CAPTURED + second * DAY_MS);
      }),
    );
  });

  it('a corrupted existing end is replaced by the new policy end (not kept forever)', () => {
    expect(applyPolicyToRetentionEnd(Number.NaN, CAPTURED, { retentionDays: 5 })).toBe(
      CAPTURED + 5 * DAY_MS,
    );
  });
});

describe('localExpiry', () => {
  const retentionEnd = CAPTURED + 90 * DAY_MS;
  it('is the retention end while undelivered', () => {
    expect(localExpiry({ id: 'a', retentionEnd })).toBe(retentionEnd);
    expect(localExpiry({ id: 'a', retentionEnd, deliveredAt: null })).toBe(retentionEnd);
  });

  it('is min(deliveredAt + grace, retentionEnd) once delivered', () => {
    const deliveredAt = CAPTURED + DAY_MS;
    expect(localExpiry({ id: 'a', retentionEnd, deliveredAt }, 7)).toBe(deliveredAt + 7 * DAY_MS);
    expect(localExpiry({ id: 'a', retentionEnd, deliveredAt: retentionEnd - DAY_MS }, 7)).toBe(
      retentionEnd,
    );
    expect(localExpiry({ id: 'a', retentionEnd, deliveredAt })).toBe(
      deliveredAt + DEFAULT_DELIVERY_GRACE_DAYS * DAY_MS,
    );
  });

  it('fails towards erasure on corrupted dates', () => {
    expect(localExpiry({ id: 'a', retentionEnd: Number.NaN })).toBe(Number.NEGATIVE_INFINITY);
    expect(localExpiry({ id: 'a', retentionEnd, deliveredAt: Number.NaN })).toBe(
      Number.NEGATIVE_INFINITY,
    );
    expect(() => localExpiry({ id: 'a', retentionEnd }, -1)).toThrow(RangeError);
  });
});

describe('sweep', () => {
  const now = CAPTURED + 40 * DAY_MS;
  const records: RetentionRecord[] = [
    { id: 'expired', retentionEnd: CAPTURED + 30 * DAY_MS },
    { id: 'exactly-now', retentionEnd: now },
    { id: 'current', retentionEnd: CAPTURED + 90 * DAY_MS },
    { id: 'delivered-long-ago', retentionEnd: CAPTURED + 90 * DAY_MS, deliveredAt: CAPTURED },
    { id: 'delivered-recently', retentionEnd: CAPTURED + 90 * DAY_MS, deliveredAt: now - DAY_MS },
    { id: 'held', retentionEnd: CAPTURED + 30 * DAY_MS, legalHold: true },
    { id: 'held-current', retentionEnd: CAPTURED + 90 * DAY_MS, legalHold: true },
    { id: 'corrupted', retentionEnd: Number.NaN },
  ];

  it('returns the ids to erase: expired, not on legal hold', () => {
    expect(sweep(records, now)).toEqual([
      'expired',
      'exactly-now',
      'delivered-long-ago',
      'corrupted',
    ]);
  });

  it('legal hold blocks erasure and is reported separately', () => {
    expect(sweep(records, now)).not.toContain('held');
    expect(expiredButHeld(records, now)).toEqual(['held']);
  });

  it('honours a custom grace period', () => {
    expect(sweep(records, now, { graceDays: 0 })).toContain('delivered-recently');
    expect(sweep([], now)).toEqual([]);
  });
});
