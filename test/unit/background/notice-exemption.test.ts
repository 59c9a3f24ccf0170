// Claiming a duty-to-inform exemption on a saved lead: allowed exemptions only, a written reason,
// refused when the policy forbids it, audited without the reason or any personal value.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyAudit } from '@src/background/audit-handlers';
import { markLeadNoticeSent } from '@src/background/consent-handlers';
import { listLeads, saveLead } from '@src/background/lead-handlers';
import { claimLeadNoticeExemption, EXEMPTION_MESSAGES } from '@src/background/notice-exemption';
import { bilingual } from '@src/ui/i18n/bilingual';
import * as services from '@src/background/services';
import { auditStore, leadRepository } from '@src/background/services';
import { leadRecord } from '../lead-fixtures';
import { freshBackgroundWithConnector, managedPolicy } from './helpers';
import { JANA_DE, LOCAL_ONLY } from './acme';

const REASON =
  'Only a published work address; contacting by post would take disproportionate effort.';

beforeEach(freshBackgroundWithConnector);
afterEach(() => vi.unstubAllGlobals());

const claim = (id: string, code: string, reason = REASON) =>
  claimLeadNoticeExemption({ type: 'notices.claimExemption', id, code, reason });

describe('notice exemptions', () => {
  it('records an Art. 14(5)(b) claim with its reason, takes the notice off the due list, audits it', async () => {
    await managedPolicy(LOCAL_ONLY);
    const saved = await saveLead({ type: 'leads.save', lead: JANA_DE });
    const updated = await claim(saved.id, 'disproportionate_effort');
    expect(updated.notice?.status).toMatchObject({
      state: 'exemption-claimed',
      code: 'disproportionate_effort',
      reason: REASON,
      reference: { law: expect.stringMatching(/GDPR/) as unknown, article: 'Art. 14(5)(b)' },
    });
    expect((await listLeads())[0]?.notice?.status.state).toBe('exemption-claimed');
    const events = await (await auditStore()).list();
    const event = events.find((e) => e.type === 'notice_exempted');
    expect(event).toMatchObject({
      recordId: saved.id,
      digest: saved.receipt?.hash,
      exemption: 'disproportionate_effort',
      outcome: 'ok',
    });
    expect(await verifyAudit()).toMatchObject({ ok: true, count: events.length });
    const trail = JSON.stringify(events);
    for (const value of ['disproportionate effort', 'Jana', 'jana.becker', 'nordlicht'])
      expect(trail).not.toContain(value);
    // No longer pending: neither a second claim nor "sent" changes it.
    await expect(claim(saved.id, 'already_informed')).rejects.toMatchObject({
      code: 'invalid',
      text: bilingual(EXEMPTION_MESSAGES.notPending),
    });
    const sent = await markLeadNoticeSent({
      type: 'notices.markSent',
      id: saved.id,
      channel: 'email',
    });
    expect(sent.notice?.status.state).toBe('exemption-claimed');
  });

  it('refuses an exemption the law does not list and a missing reason, changing nothing', async () => {
    await managedPolicy(LOCAL_ONLY);
    const saved = await saveLead({ type: 'leads.save', lead: JANA_DE });
    await expect(claim(saved.id, 'business_contact')).rejects.toMatchObject({
      code: 'invalid',
      text: bilingual(EXEMPTION_MESSAGES['unknown-exemption']),
    });
    await expect(claim(saved.id, 'already_informed', '  too short ')).rejects.toMatchObject({
      code: 'invalid',
      text: bilingual(EXEMPTION_MESSAGES['reason-required']),
    });
    expect((await listLeads())[0]?.notice?.status.state).toBe('pending');
    const types = (await (await auditStore()).list()).map((e) => e.type);
    expect(types).not.toContain('notice_exempted');
  });

  it('refuses every claim when the policy forbids exemptions', async () => {
    await managedPolicy({ ...LOCAL_ONLY, notices: { allowExemptionClaims: false } });
    const saved = await saveLead({ type: 'leads.save', lead: JANA_DE });
    await expect(claim(saved.id, 'disproportionate_effort')).rejects.toMatchObject({
      code: 'blocked',
      message: expect.stringContaining('does not allow notice exemptions') as unknown,
      text: {
        en: expect.stringContaining('does not allow notice exemptions') as unknown,
        zh: '贵组织的策略不允许主张告知豁免：请改为向本人发送告知。',
      },
    });
    expect((await listLeads())[0]?.notice?.status.state).toBe('pending');
  });

  it('a notice sent while the claim is being made: nothing is claimed or audited', async () => {
    await managedPolicy(LOCAL_ONLY);
    const saved = await saveLead({ type: 'leads.save', lead: JANA_DE });
    const real = await leadRepository();
    const racing = {
      ...real,
      update: async (id: string, change: Parameters<typeof real.update>[1]) => {
        // Another panel marks the notice sent between the claim's check and its write.
        await markLeadNoticeSent({ type: 'notices.markSent', id, channel: 'email' });
        return real.update(id, change);
      },
    };
    vi.spyOn(services, 'leadRepository').mockResolvedValueOnce(real).mockResolvedValueOnce(racing);
    await expect(claim(saved.id, 'disproportionate_effort')).rejects.toMatchObject({
      code: 'invalid',
    });
    expect((await listLeads())[0]?.notice?.status.state).toBe('sent');
    const types = (await (await auditStore()).list()).map((e) => e.type);
    expect(types).not.toContain('notice_exempted');
    vi.restoreAllMocks();
  });

  it('refuses a lead without a notice record and a lead that does not exist', async () => {
    const old = leadRecord();
    await (await leadRepository()).put(old, Date.now() + 86_400_000);
    await expect(claim(old.id, 'already_informed')).rejects.toMatchObject({ code: 'invalid' });
    await expect(claim(crypto.randomUUID(), 'already_informed')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
