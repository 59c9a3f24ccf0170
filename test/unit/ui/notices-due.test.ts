import { describe, expect, it } from 'vitest';
import type { LeadRecord } from '@src/lead/record';
import { pendingNotices } from '@src/ui/sidepanel/NoticesDue';

const lead = (id: string, notice?: Partial<NonNullable<LeadRecord['notice']>>): LeadRecord =>
  ({
    id,
    person: { emails: [], phones: [], urls: [] },
    ...(notice ? { notice } : {}),
  }) as unknown as LeadRecord;

describe('notices due list', () => {
  it('lists only pending notices, soonest due first, open-ended last', () => {
    const leads = [
      lead('none'),
      lead('late', { status: { state: 'pending' }, dueAt: '2026-12-20T00:00:00.000Z' }),
      lead('sent', {
        status: {
          state: 'sent',
          channel: 'email',
          sentAt: '2026-11-01T00:00:00.000Z',
          templateVersion: 'x',
          late: false,
        },
        dueAt: '2026-11-02T00:00:00.000Z',
      }),
      lead('open', { status: { state: 'pending' }, dueAt: null }),
      lead('soon', { status: { state: 'pending' }, dueAt: '2026-11-25T00:00:00.000Z' }),
    ];
    expect(pendingNotices(leads).map((l) => l.id)).toEqual(['soon', 'late', 'open']);
  });
});
