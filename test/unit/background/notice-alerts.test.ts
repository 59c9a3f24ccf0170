// Overdue notices raise one alert a day (notification + audit event with the count only), only
// while the vault is unlocked and active, from the existing alarms, without counting as activity.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@src/background';
import { markLeadNoticeSent } from '@src/background/consent-handlers';
import { saveLead } from '@src/background/lead-handlers';
import { checkOverdueNotices } from '@src/background/notice-alerts';
import { SWEEP_ALARM } from '@src/background/retention-sweep';
import { auditStore } from '@src/background/services';
import { lockVault } from '@src/background/vault-handlers';
import { ACTIVITY_KEY } from '@src/background/vault-key';
import type { LeadInput } from '@src/messaging/protocol';
import { freshBackgroundWithConnector, managedPolicy } from './helpers';
import { EU_LEGITIMATE_INTERESTS, LOCAL_ONLY } from './acme';

const DAY = 86_400_000;

function euLead(name: string, capturedAt: string): LeadInput {
  return {
    sourceUrl: 'https://nordlicht-robotik.de/team',
    capturedAt,
    person: {
      name,
      emails: [`${name.toLowerCase().replace(' ', '.')}@nordlicht-robotik.de`],
      phones: [],
      urls: [],
      country: 'DE',
    },
    provenance: {},
    lawfulBasis: EU_LEGITIMATE_INTERESTS,
  };
}

const alerts = async () => (await (await auditStore()).list()).filter((e) => e.type === 'alert');

beforeEach(async () => {
  await freshBackgroundWithConnector();
  await managedPolicy(LOCAL_ONLY);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('overdue notice alert', () => {
  it('alerts once a day with the count only, and ignores notices sent or not yet due', async () => {
    const now = Date.now();
    const old = new Date(now - 60 * DAY).toISOString();
    await saveLead({ type: 'leads.save', lead: euLead('Jana Becker', old) });
    await saveLead({ type: 'leads.save', lead: euLead('Lukas Weber', old) });
    const sent = await saveLead({ type: 'leads.save', lead: euLead('Eva Roth', old) });
    await markLeadNoticeSent({ type: 'notices.markSent', id: sent.id, channel: 'email' });
    await saveLead({ type: 'leads.save', lead: euLead('Tom Berg', new Date(now).toISOString()) });
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await fakeBrowser.storage.session.set({ [ACTIVITY_KEY]: now });

    expect(await checkOverdueNotices(now)).toBe(2);
    expect(await alerts()).toEqual([
      expect.objectContaining({ type: 'alert', alertKind: 'notices_overdue', count: 2 }),
    ]);
    expect(notify).toHaveBeenCalledOnce();
    const shown = JSON.stringify(notify.mock.calls[0]);
    expect(shown).toContain('Notices due');
    for (const value of ['Jana', 'Lukas', 'nordlicht', sent.id]) {
      expect(shown).not.toContain(value);
      expect(JSON.stringify(await alerts())).not.toContain(value);
    }
    // The check is not user activity: the idle clock is untouched.
    expect((await fakeBrowser.storage.session.get(ACTIVITY_KEY))[ACTIVITY_KEY]).toBe(now);

    expect(await checkOverdueNotices(now + 60_000)).toBe(2);
    expect(await alerts()).toHaveLength(1);
    await fakeBrowser.storage.session.set({ [ACTIVITY_KEY]: now + DAY });
    expect(await checkOverdueNotices(now + DAY + 60_000)).toBe(2);
    expect(await alerts()).toHaveLength(2);
  });

  it('raises nothing when no notice is overdue', async () => {
    await saveLead({ type: 'leads.save', lead: euLead('Jana Becker', new Date().toISOString()) });
    expect(await checkOverdueNotices()).toBe(0);
    expect(await alerts()).toEqual([]);
  });

  it('does nothing while the vault is locked', async () => {
    const old = new Date(Date.now() - 60 * DAY).toISOString();
    await saveLead({ type: 'leads.save', lead: euLead('Jana Becker', old) });
    await lockVault('manual');
    expect(await checkOverdueNotices()).toBe(0);
    expect(await alerts()).toEqual([]);
  });

  it('does nothing when the vault is idle (it is about to lock)', async () => {
    const old = new Date(Date.now() - 60 * DAY).toISOString();
    await saveLead({ type: 'leads.save', lead: euLead('Jana Becker', old) });
    await fakeBrowser.storage.session.set({ [ACTIVITY_KEY]: Date.now() - DAY });
    expect(await checkOverdueNotices()).toBe(0);
    expect(await alerts()).toEqual([]);
  });

  it('runs from the retention sweep alarm', async () => {
    const old = new Date(Date.now() - 60 * DAY).toISOString();
    await saveLead({ type: 'leads.save', lead: euLead('Jana Becker', old) });
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockReturnValue(undefined);
    startBackground();
    await fakeBrowser.alarms.onAlarm.trigger({ name: SWEEP_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await alerts()).toHaveLength(1));
  });
});
