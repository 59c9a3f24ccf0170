// Recording the first communication with a person whose notice is pending: the notice is due by then
// at the latest (GDPR Art. 14(3)(b)); later contacts and handled notices change nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markLeadNoticeSent } from '@src/background/consent-handlers';
import { saveLead } from '@src/background/lead-handlers';
import { markLeadContacted } from '@src/background/notice-contact';
import { freshBackgroundWithConnector, managedPolicy } from './helpers';
import { JANA_DE, LOCAL_ONLY } from './acme';

const contacted = (id: string) => markLeadContacted({ type: 'notices.markContacted', id });

beforeEach(freshBackgroundWithConnector);
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('first communication', () => {
  it('moves the due date to the first contact, and later contacts change nothing', async () => {
    await managedPolicy(LOCAL_ONLY);
    const saved = await saveLead({ type: 'leads.save', lead: JANA_DE });
    expect(saved.notice?.trigger).toBe('period-end');
    const first = await contacted(saved.id);
    expect(first.notice?.firstCommunicationAt).toBeDefined();
    expect(first.notice?.dueAt).toBe(first.notice?.firstCommunicationAt);
    expect(first.notice?.trigger).toBe('first-communication');
    const again = await contacted(saved.id);
    expect(again.notice?.firstCommunicationAt).toBe(first.notice?.firstCommunicationAt);
    expect(again.notice?.dueAt).toBe(first.notice?.dueAt);
  });

  it('a notice sent before the contact stays sent and on time', async () => {
    await managedPolicy(LOCAL_ONLY);
    const saved = await saveLead({ type: 'leads.save', lead: JANA_DE });
    const sent = await markLeadNoticeSent({
      type: 'notices.markSent',
      id: saved.id,
      channel: 'email',
    });
    const after = await contacted(saved.id);
    expect(after.notice).toEqual(sent.notice);
    expect(after.notice?.status).toMatchObject({ state: 'sent', late: false });
  });

  it('refuses an unknown lead', async () => {
    await managedPolicy(LOCAL_ONLY);
    await expect(contacted(crypto.randomUUID())).rejects.toMatchObject({ code: 'not_found' });
  });
});
