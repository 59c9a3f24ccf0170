import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  claimNoticeExemption,
  createNoticeRecord,
  markNoticeSent,
  noticeDue,
  overdueNotices,
  recordFirstCommunication,
  recordFirstDisclosure,
  type NoticeRecord,
} from '@src/consent/notice-clock';
import { createNoticeRecordForReceipt } from '@src/consent/notice-for-receipt';
import { ruleSetFor } from '@src/consent/regimes/index';
import { validRecord } from './fixtures';
import type { NoticeDeadline } from '@src/consent/rule-set';
import {
  addCalendarMonths,
  endOfLocalDay,
  instantOfWallTime,
  wallTimeAt,
} from '@src/consent/zoned-time';

const ONE_MONTH: NoticeDeadline = { kind: 'calendar-months', months: 1, earlierOnContact: true };
const due = (
  capturedAt: string,
  timeZone: string,
  extra: { firstCommunicationAt?: string; firstDisclosureAt?: string } = {},
) => noticeDue(ONE_MONTH, { capturedAt, ...extra }, timeZone);

describe('one-month clock (GDPR Art. 14(3)(a), Reg. 1182/71 Art. 3(2)(c))', () => {
  it.each([
    [
      '31 Jan → end of 28 Feb (common year)',
      '2026-01-31T10:00:00.000Z',
      'Europe/Berlin',
      '2026-02-28T22:59:59.999Z',
    ],
    [
      '31 Jan → end of 29 Feb (leap year)',
      '2024-01-31T10:00:00.000Z',
      'Europe/Berlin',
      '2024-02-29T22:59:59.999Z',
    ],
    ['30 Jan → end of 28 Feb', '2026-01-30T10:00:00.000Z', 'UTC', '2026-02-28T23:59:59.999Z'],
    ['15 Jan → end of 15 Feb', '2026-01-15T08:00:00.000Z', 'UTC', '2026-02-15T23:59:59.999Z'],
    [
      '31 Mar → end of 30 Apr (across the DST change)',
      '2026-03-31T10:00:00.000Z',
      'Europe/Berlin',
      '2026-04-30T21:59:59.999Z',
    ],
    [
      '28 Feb CET → end of 28 Mar, the day before DST',
      '2026-02-28T10:00:00.000Z',
      'Europe/Berlin',
      '2026-03-28T22:59:59.999Z',
    ],
    [
      '31 Dec → end of 31 Jan next year',
      '2026-12-31T10:00:00.000Z',
      'Asia/Shanghai',
      '2027-01-31T15:59:59.999Z',
    ],
    [
      '31 Oct (US, before DST ends) → end of 30 Nov PST',
      '2026-10-31T18:00:00.000Z',
      'America/Los_Angeles',
      '2026-12-01T07:59:59.999Z',
    ],
  ])('%s', (_label, capturedAt, zone, expected) => {
    expect(due(capturedAt, zone)).toEqual({ dueAt: expected, trigger: 'period-end' });
  });

  it('the local date of capture depends on the time zone', () => {
    const capturedAt = '2026-01-31T23:30:00.000Z';
    expect(due(capturedAt, 'UTC').dueAt).toBe('2026-02-28T23:59:59.999Z');
    expect(due(capturedAt, 'Europe/Berlin').dueAt).toBe('2026-03-01T22:59:59.999Z'); // 1 Feb local
    expect(due(capturedAt, 'America/Los_Angeles').dueAt).toBe('2026-03-01T07:59:59.999Z'); // 31 Jan local
    expect(due(capturedAt, 'Asia/Kolkata').dueAt).toBe('2026-03-01T18:29:59.999Z'); // 1 Feb local, +05:30
  });

  it('handles a DST change at local midnight (America/Santiago)', () => {
    // Chile moves clocks from 00:00 to 01:00 on 6 Sept 2026: that midnight does not exist.
    const end = endOfLocalDay({ year: 2026, month: 9, day: 5 }, 'America/Santiago');
    expect(wallTimeAt(end, 'America/Santiago')).toMatchObject({
      year: 2026,
      month: 9,
      day: 5,
      hour: 23,
      minute: 59,
      second: 59,
    });
    expect(wallTimeAt(end + 1, 'America/Santiago')).toMatchObject({ month: 9, day: 6 });
  });

  it('resolves a repeated wall time to the earlier instant and a skipped one to the instant after the gap', () => {
    const wall = { year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 };
    expect(new Date(instantOfWallTime(wall, 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    const skipped = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 };
    expect(new Date(instantOfWallTime(skipped, 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(wallTimeAt(Date.parse('2026-03-29T01:30:00.000Z'), 'Europe/Berlin')).toMatchObject({
      hour: 3,
      minute: 30,
    });
  });

  it('the earliest of period end, first communication and first disclosure wins', () => {
    const capturedAt = '2026-01-10T10:00:00.000Z';
    expect(due(capturedAt, 'UTC', { firstCommunicationAt: '2026-01-20T09:00:00.000Z' })).toEqual({
      dueAt: '2026-01-20T09:00:00.000Z',
      trigger: 'first-communication',
    });
    expect(
      due(capturedAt, 'UTC', {
        firstCommunicationAt: '2026-01-20T09:00:00.000Z',
        firstDisclosureAt: '2026-01-15T00:00:00.000Z',
      }),
    ).toEqual({
      dueAt: '2026-01-15T00:00:00.000Z',
      trigger: 'first-disclosure',
    });
    expect(
      due(capturedAt, 'UTC', { firstCommunicationAt: '2026-03-01T00:00:00.000Z' }).trigger,
    ).toBe('period-end');
  });

  it('other deadline kinds', () => {
    const capturedAt = '2026-01-10T10:00:00.000Z';
    expect(noticeDue({ kind: 'before-processing' }, { capturedAt }, 'UTC')).toEqual({
      dueAt: capturedAt,
      trigger: 'before-processing',
    });
    expect(
      noticeDue({ kind: 'as-soon-as-practicable', targetDays: 30 }, { capturedAt }, 'UTC'),
    ).toEqual({
      dueAt: '2026-02-09T10:00:00.000Z',
      trigger: 'target-days',
    });
    expect(noticeDue({ kind: 'on-request' }, { capturedAt }, 'UTC')).toEqual({
      dueAt: null,
      trigger: 'on-request',
    });
  });

  it('rejects an unknown time zone and a malformed capture time', () => {
    expect(() => due('2026-01-10T10:00:00.000Z', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => due('yesterday', 'UTC')).toThrow(RangeError);
  });

  const ZONES = [
    'UTC',
    'Europe/Berlin',
    'Europe/London',
    'America/Los_Angeles',
    'America/Santiago',
    'Asia/Shanghai',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'America/St_Johns',
  ];
  const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });

  it('property: due is the last millisecond of the same (or clamped) local date N months later', () => {
    fc.assert(
      fc.property(
        instants,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 14 }),
        (instant, zone, months) => {
          const start = wallTimeAt(instant, zone);
          const target = addCalendarMonths(instant, months, zone);
          const end = endOfLocalDay(target, zone);
          const atEnd = wallTimeAt(end, zone);
          expect(atEnd).toMatchObject({
            year: target.year,
            month: target.month,
            day: target.day,
            hour: 23,
            minute: 59,
            second: 59,
          });
          const after = wallTimeAt(end + 1, zone);
          expect([after.year, after.month, after.day]).not.toEqual([
            target.year,
            target.month,
            target.day,
          ]);
          expect((target.year - start.year) * 12 + target.month - start.month).toBe(months);
          expect(target.day).toBeLessThanOrEqual(start.day);
          expect(end).toBeGreaterThan(instant);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('property: a later capture is never due earlier', () => {
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 0, max: 5 * 86_400_000 }),
        fc.constantFrom(...ZONES),
        (a, delta, zone) => {
          const first = Date.parse(due(new Date(a).toISOString(), zone).dueAt ?? '');
          const second = Date.parse(due(new Date(a + delta).toISOString(), zone).dueAt ?? '');
          expect(second).toBeGreaterThanOrEqual(first);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('wall time round-trips outside DST gaps', () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...ZONES), (instant, zone) => {
        const whole = Math.floor(instant / 1000) * 1000;
        const back = instantOfWallTime(wallTimeAt(whole, zone), zone);
        expect(wallTimeAt(back, zone)).toEqual(wallTimeAt(whole, zone));
      }),
      { numRuns: 500 },
    );
  });
});

describe('notice records and status', () => {
  const eu = ruleSetFor('EU');
  const base = createNoticeRecord({
    receiptId: 'r-1',
    capturedAt: '2026-01-31T10:00:00.000Z',
    timeZone: 'Europe/Berlin',
    rules: eu,
  });

  it('starts pending with the due date of its regime', () => {
    expect(base).toMatchObject({
      status: { state: 'pending' },
      dueAt: '2026-02-28T22:59:59.999Z',
      jurisdiction: 'EU',
      trigger: 'period-end',
    });
  });

  it('first communication and disclosure bring the due date forward; later ones are ignored', () => {
    const contacted = recordFirstCommunication(base, new Date('2026-02-05T08:00:00Z'));
    expect(contacted).toMatchObject({
      dueAt: '2026-02-05T08:00:00.000Z',
      trigger: 'first-communication',
    });
    expect(recordFirstCommunication(contacted, new Date('2026-02-01T08:00:00Z'))).toBe(contacted);
    const disclosed = recordFirstDisclosure(contacted, new Date('2026-02-02T08:00:00Z'));
    expect(disclosed).toMatchObject({
      dueAt: '2026-02-02T08:00:00.000Z',
      trigger: 'first-disclosure',
    });
    expect(recordFirstDisclosure(disclosed, new Date('2026-02-01T00:00:00Z'))).toBe(disclosed);
    expect(base.dueAt).toBe('2026-02-28T22:59:59.999Z');
  });

  it('records a sent notice with channel, time, template version and lateness', () => {
    const onTime = markNoticeSent(base, {
      channel: 'email',
      sentAt: new Date('2026-02-10T10:00:00Z'),
      templateVersion: 'notice-v3',
    });
    expect(onTime.status).toEqual({
      state: 'sent',
      channel: 'email',
      sentAt: '2026-02-10T10:00:00.000Z',
      templateVersion: 'notice-v3',
      late: false,
    });
    const late = markNoticeSent(base, {
      channel: 'post',
      sentAt: new Date('2026-03-02T10:00:00Z'),
      templateVersion: 'notice-v3',
    });
    expect(late.status).toMatchObject({ late: true });
  });

  it('claims an Art. 14(5) exemption only with a known code and a reason', () => {
    const claimed = claimNoticeExemption(base, eu, {
      code: 'disproportionate_effort',
      reason: 'No contact details beyond a public profile',
      claimedAt: new Date('2026-02-01T00:00:00Z'),
    });
    expect(claimed.ok && claimed.notice.status).toMatchObject({
      state: 'exemption-claimed',
      reference: { law: 'GDPR', article: 'Art. 14(5)(b)' },
    });
    expect(
      claimNoticeExemption(base, eu, {
        code: 'too_busy',
        reason: 'We are too busy this month',
        claimedAt: new Date(),
      }),
    ).toEqual({ ok: false, error: 'unknown-exemption' });
    expect(
      claimNoticeExemption(base, eu, {
        code: 'already_informed',
        reason: '  ',
        claimedAt: new Date(),
      }),
    ).toEqual({ ok: false, error: 'reason-required' });
  });

  it('overdueNotices lists only pending notices past due, most overdue first', () => {
    const records: NoticeRecord[] = [
      base,
      createNoticeRecord({
        receiptId: 'r-2',
        capturedAt: '2026-01-10T10:00:00.000Z',
        timeZone: 'UTC',
        rules: eu,
      }),
      markNoticeSent(
        createNoticeRecord({
          receiptId: 'r-3',
          capturedAt: '2026-01-01T10:00:00.000Z',
          timeZone: 'UTC',
          rules: eu,
        }),
        {
          channel: 'email',
          sentAt: new Date('2026-01-02T00:00:00Z'),
          templateVersion: 'v',
        },
      ),
      createNoticeRecord({
        receiptId: 'r-4',
        capturedAt: '2026-01-01T10:00:00.000Z',
        timeZone: 'UTC',
        rules: ruleSetFor('KR'),
      }),
      createNoticeRecord({
        receiptId: 'r-5',
        capturedAt: '2026-03-01T10:00:00.000Z',
        timeZone: 'UTC',
        rules: eu,
      }),
    ];
    const now = new Date('2026-03-05T00:00:00Z');
    const alerts = overdueNotices(records, now);
    expect(alerts.map((a) => a.receiptId)).toEqual(['r-2', 'r-1']);
    expect(alerts[0]).toMatchObject({
      dueAt: '2026-02-10T23:59:59.999Z',
      jurisdiction: 'EU',
      trigger: 'period-end',
    });
    expect(alerts[0]?.overdueByMs).toBe(now.getTime() - Date.parse('2026-02-10T23:59:59.999Z'));
    expect(
      overdueNotices(records, new Date('2026-02-28T22:59:59.999Z')).map((a) => a.receiptId),
    ).toEqual(['r-2']);
    expect(overdueNotices([], now)).toEqual([]);
  });
});

describe('createNoticeRecordForReceipt', () => {
  it('GDPR: pending, due one month after capture in the given zone', async () => {
    const record = await validRecord('EU', 'consent');
    expect(createNoticeRecordForReceipt(record, 'Europe/Berlin')).toMatchObject({
      receiptId: record.receiptId,
      status: { state: 'pending' },
      dueAt: '2026-04-10T21:59:59.999Z',
    });
  });

  it('California: already sent through the recorded notice at collection', async () => {
    const record = await validRecord('US-CA', 'legitimate_interests');
    expect(createNoticeRecordForReceipt(record, 'America/Los_Angeles').status).toEqual({
      state: 'sent',
      channel: 'notice-at-collection',
      sentAt: record.capturedAt,
      templateVersion: 'nac-1',
      late: false,
    });
  });

  it('PIPEDA business contact: pending when the organisation forbids exemptions', async () => {
    const record = await validRecord('CA', 'business_contact');
    const notice = createNoticeRecordForReceipt(record, 'America/Toronto', {
      exemptionsAllowed: false,
    });
    expect(notice.status).toEqual({ state: 'pending' });
    expect(notice.dueAt).not.toBeNull();
  });

  it('PIPEDA business contact: exemption claimed; consent under PIPEDA: pending before processing', async () => {
    const bc = createNoticeRecordForReceipt(
      await validRecord('CA', 'business_contact'),
      'America/Toronto',
    );
    expect(bc.status).toMatchObject({
      state: 'exemption-claimed',
      code: 'business_contact',
      reference: { article: 's. 4.01' },
    });
    const consent = createNoticeRecordForReceipt(
      await validRecord('CA', 'consent'),
      'America/Toronto',
    );
    expect(consent).toMatchObject({ status: { state: 'pending' }, trigger: 'before-processing' });
    expect(
      overdueNotices([consent, bc], new Date('2026-03-10T09:00:00.001Z')).map((a) => a.receiptId),
    ).toEqual([consent.receiptId]);
  });

  it('Korea (on request): no clock, never overdue', async () => {
    const kr = createNoticeRecordForReceipt(await validRecord('KR', 'consent'), 'Asia/Seoul');
    expect(kr.dueAt).toBeNull();
    expect(overdueNotices([kr], new Date('2030-01-01T00:00:00Z'))).toEqual([]);
  });
});
