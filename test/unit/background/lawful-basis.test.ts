import { readFileSync } from 'node:fs';
import { errorText } from '@src/ui/common/error-text';
import { problemLine } from '@src/ui/sidepanel/lawful-basis-labels';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  markLeadNoticeSent,
  noticeText,
  verifyLeadReceipt,
} from '@src/background/consent-handlers';
import { deviceSigner } from '@src/background/device-signer';
import { freshBackgroundWithConnector, managedPolicy } from './helpers';
import { eraseLead, listLeads, previewLead, saveLead } from '@src/background/lead-handlers';
import { SUPPRESSION_KEY, writeSuppressionEntries } from '@src/background/suppression-store';
import { importSuppressionKey, suppressionEntry, verifyReceipt, receiptHash } from '@src/consent';
import { LeadSubmissionSchema } from '@src/lead/wire';
import type { LeadInput } from '@src/messaging/protocol';
import { toSubmission } from '@src/outbox/deliver';
import type { Policy } from '@src/policy';
import { leadRepository } from '@src/background/services';
import { leadRecord } from '../lead-fixtures';
import * as v from 'valibot';

const ACME = JSON.parse(readFileSync('examples/policy/acme-policy.json', 'utf8')) as Policy;
const LOCAL_ONLY = { ...ACME, connector: { ...ACME.connector, routing: {} } };

const deLead: LeadInput = {
  sourceUrl: 'https://nordlicht-robotik.de/team',
  capturedAt: '2026-11-20T10:00:00.000Z',
  person: {
    name: 'Jana Becker',
    jobTitle: 'Head of Procurement',
    organization: 'Nordlicht Robotik GmbH',
    emails: ['jana.becker@nordlicht-robotik.de'],
    phones: ['+493012345678'],
    urls: [],
    country: 'DE',
  },
  provenance: {},
};
const LI = {
  jurisdiction: 'EU' as const,
  purposeId: 'sales_prospecting',
  basis: 'legitimate_interests' as const,
  liaTemplateId: 'lia_b2b_prospecting',
};

const managed = managedPolicy;

beforeEach(freshBackgroundWithConnector);
afterEach(() => vi.unstubAllGlobals());

describe('lawful basis in the preview', () => {
  it('infers the jurisdiction with reasons and lists the exact reasons save is blocked', async () => {
    await managed(LOCAL_ONLY);
    const { lawfulBasis } = await previewLead({ type: 'leads.preview', lead: deLead });
    expect(lawfulBasis).toMatchObject({
      mode: 'enforced',
      inferred: { jurisdiction: 'EU' },
      jurisdiction: 'EU',
      method: 'inferred',
      allowed: false,
      bases: [],
    });
    expect(lawfulBasis?.inferred.reasons.map((r) => r.text).join(' ')).toMatch(/DE/);
    expect(lawfulBasis?.inferred.reasons[0]).toEqual({
      code: 'address_country',
      params: { country: 'DE' },
      text: 'address country → DE',
    });
    expect(lawfulBasis?.problems.map((p) => p.code)).toEqual([
      'jurisdiction_unconfirmed',
      'basis_missing',
    ]);
    expect(lawfulBasis?.problems[1]?.law).toMatch(/GDPR|2016\/679/);
    expect(lawfulBasis?.problems[1]?.article).toContain('Art. 6(1)(f)');
    expect(lawfulBasis?.problems[1]?.message.zh).toContain('合法性基础');
    // Lawful Leads' own rule sources are shown in Chinese; a regime's reference stays as written.
    const [unconfirmed, missingBasis] = lawfulBasis!.problems;
    expect(problemLine(unconfirmed!, 'zh')).toBe(`${unconfirmed!.message.zh} — 组织策略，法域确认`);
    expect(problemLine(unconfirmed!, 'en')).toBe(
      `${unconfirmed!.message.en} — Organisation policy, jurisdiction confirmation`,
    );
    expect(problemLine(missingBasis!, 'zh')).toBe(
      `${missingBasis!.message.zh} — ${missingBasis!.law}，${missingBasis!.article}`,
    );
  });

  it('offers only the bases the policy allows for the jurisdiction and purpose', async () => {
    await managed(LOCAL_ONLY);
    const pick = async (lawfulBasis: LeadInput['lawfulBasis']) =>
      (await previewLead({ type: 'leads.preview', lead: { ...deLead, lawfulBasis } })).lawfulBasis;
    const sales = await pick({ jurisdiction: 'EU', purposeId: 'sales_prospecting' });
    expect(sales?.bases.map((b) => b.basis)).toEqual(['legitimate_interests']);
    expect(sales?.liaTemplates.map((t) => t.id)).toEqual(['lia_b2b_prospecting']);
    expect(sales?.liaTemplates[0]?.summary).toContain('legitimate commercial interest');
    expect(
      (await pick({ jurisdiction: 'EU', purposeId: 'marketing' }))?.bases.map((b) => b.basis),
    ).toEqual(['consent']);
    expect((await pick({ jurisdiction: 'JP', purposeId: 'sales_prospecting' }))?.bases).toEqual([]);
  });

  it('needs the LIA for legitimate interests, then allows and shows the notice due date', async () => {
    await managed(LOCAL_ONLY);
    const noLia = await previewLead({
      type: 'leads.preview',
      lead: { ...deLead, lawfulBasis: { ...LI, liaTemplateId: undefined } },
    });
    expect(noLia.lawfulBasis?.needs.lia).toBe(true);
    expect(noLia.lawfulBasis?.problems.map((p) => p.code)).toContain('lia_missing');
    expect(noLia.lawfulBasis?.allowed).toBe(false);
    const ok = await previewLead({ type: 'leads.preview', lead: { ...deLead, lawfulBasis: LI } });
    expect(ok.lawfulBasis?.allowed).toBe(true);
    // Art. 14(3)(a): one month, end of day in the controller's zone (Europe/Berlin).
    expect(ok.lawfulBasis?.notice).toEqual({
      dueAt: '2026-12-20T22:59:59.999Z',
      trigger: 'period-end',
    });
    expect(ok.redactions.length).toBeGreaterThan(0);
  });

  it('needs consent evidence for consent and records an override of the jurisdiction', async () => {
    await managed(LOCAL_ONLY);
    const base = { jurisdiction: 'UK' as const, purposeId: 'marketing', basis: 'consent' as const };
    const missing = await previewLead({
      type: 'leads.preview',
      lead: { ...deLead, lawfulBasis: base },
    });
    expect(missing.lawfulBasis).toMatchObject({ method: 'overridden', jurisdiction: 'UK' });
    const blocking = missing.lawfulBasis?.problems.filter((p) => p.severity === 'block');
    expect(blocking?.map((p) => [p.code, p.law, p.article])).toEqual([
      ['consent_evidence_missing', 'UK GDPR', 'Art. 6(1)(a)'],
    ]);
    const refused = await saveLead({ type: 'leads.save', lead: { ...deLead, lawfulBasis: base } })
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'blocked' });
    expect(errorText(refused, 'en')).toBe(
      `No complete lawful-basis record yet; nothing was saved. ${blocking![0]!.message.en} (UK GDPR, Art. 6(1)(a))`,
    );
    expect(errorText(refused, 'zh')).toBe(
      `合法性基础记录尚不完整；未保存任何内容。${blocking![0]!.message.zh}（UK GDPR，Art. 6(1)(a)）`,
    );
    const consent = {
      method: 'web-form' as const,
      givenAt: '2026-11-19T09:00:00.000Z',
      textVersion: 'newsletter-consent-v2',
      withdrawalMethod: 'Unsubscribe link in every email',
    };
    const ok = await previewLead({
      type: 'leads.preview',
      lead: { ...deLead, lawfulBasis: { ...base, consent } },
    });
    expect(ok.lawfulBasis?.allowed).toBe(true);
  });
});

describe('lawful basis at save', () => {
  it('refuses a lead without a basis with code blocked and the reasons', async () => {
    await managed(LOCAL_ONLY);
    await expect(saveLead({ type: 'leads.save', lead: deLead })).rejects.toMatchObject({
      code: 'blocked',
      message: expect.stringMatching(/Confirm or change.*lawful basis.*GDPR/s) as unknown,
    });
    expect(await listLeads()).toEqual([]);
  });

  it('signs the receipt with the device key, stores it with its hash and the notice, and sends it', async () => {
    await managed(LOCAL_ONLY);
    const saved = await saveLead({ type: 'leads.save', lead: { ...deLead, lawfulBasis: LI } });
    expect(saved.receipt?.jws.split('.')).toHaveLength(3);
    expect(saved.notice).toMatchObject({ status: { state: 'pending' }, jurisdiction: 'EU' });
    const verified = await verifyReceipt(saved.receipt!.jws, (await deviceSigner()).publicJwk);
    expect(verified.valid).toBe(true);
    if (!verified.valid) return;
    expect(verified.hash).toBe(saved.receipt?.hash);
    expect(await receiptHash(verified.receipt)).toBe(saved.receipt?.hash);
    expect(verified.receipt).toMatchObject({
      jurisdiction: { id: 'EU', method: 'confirmed' },
      purposes: [
        {
          basis: 'legitimate_interests',
          legitimateInterest: { assessmentRef: 'acme-sales@3#lia_b2b_prospecting' },
        },
      ],
      policy: { version: 'acme-sales@3' },
    });
    expect(JSON.stringify(verified.receipt)).not.toContain('jana.becker');
    expect(await verifyLeadReceipt({ type: 'receipt.verify', id: saved.id })).toMatchObject({
      valid: true,
      hash: saved.receipt?.hash,
      storedHash: saved.receipt?.hash,
    });
    const submission = toSubmission(saved);
    expect(submission.receipt).toBe(saved.receipt?.jws);
    expect(v.safeParse(LeadSubmissionSchema, submission).success).toBe(true);
  });

  it('reports a lead that no longer exists', async () => {
    await managed(LOCAL_ONLY);
    const saved = await saveLead({ type: 'leads.save', lead: { ...deLead, lawfulBasis: LI } });
    await eraseLead({ type: 'leads.erase', id: saved.id });
    expect(
      await verifyLeadReceipt({ type: 'receipt.verify', id: saved.id }).catch((e: unknown) => e),
    ).toMatchObject({ code: 'not_found' });
  });

  it('refuses a suppressed person with the domain message alone', async () => {
    const hashKey = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80';
    await managed({ ...LOCAL_ONLY, suppression: { ...LOCAL_ONLY.suppression, hashKey } });
    const entry = await suppressionEntry(
      'phone',
      '+493012345678',
      await importSuppressionKey(hashKey),
    );
    await writeSuppressionEntries([entry!, 'not-a-hash']);
    expect(await fakeBrowser.storage.local.get(SUPPRESSION_KEY)).toEqual({
      [SUPPRESSION_KEY]: { entries: [entry] },
    });
    const error = (await saveLead({
      type: 'leads.save',
      lead: { ...deLead, lawfulBasis: LI },
    }).catch((e: unknown) => e)) as { code: string; message: string };
    expect(error.code).toBe('blocked');
    expect(error.message).toBe(
      'This person has asked not to be contacted or to be erased. The lead cannot be saved or sent.',
    );
    expect(errorText(error, 'zh')).toBe(
      '此人已要求不被联系或要求删除其数据。该潜在客户无法保存或发送。',
    );
    const preview = await previewLead({
      type: 'leads.preview',
      lead: { ...deLead, lawfulBasis: LI },
    });
    expect(preview.lawfulBasis?.problems.map((p) => p.code)).toEqual(['suppressed']);
    expect(await listLeads()).toEqual([]);
    const other = {
      ...deLead,
      person: { ...deLead.person, phones: [], emails: ['x@nordlicht-robotik.de'] },
    };
    await expect(
      saveLead({ type: 'leads.save', lead: { ...other, lawfulBasis: LI } }),
    ).resolves.toBeDefined();
  });
});

describe('notices due', () => {
  it('renders the notice text and records it as sent', async () => {
    await managed(LOCAL_ONLY);
    const saved = await saveLead({ type: 'leads.save', lead: { ...deLead, lawfulBasis: LI } });
    const en = await noticeText({ type: 'notices.text', id: saved.id, language: 'en' });
    expect(en.text).toContain('Acme GmbH');
    expect(en.text).not.toMatch(/<[a-z]/i);
    const zh = await noticeText({ type: 'notices.text', id: saved.id, language: 'zh' });
    expect(zh.text).not.toBe(en.text);
    const sent = await markLeadNoticeSent({
      type: 'notices.markSent',
      id: saved.id,
      channel: 'email',
    });
    expect(sent.notice?.status).toMatchObject({
      state: 'sent',
      channel: 'email',
      templateVersion: 'acme-sales@3',
    });
    expect((await listLeads())[0]?.notice?.status.state).toBe('sent');
    // Marking again keeps the first record.
    const again = await markLeadNoticeSent({
      type: 'notices.markSent',
      id: saved.id,
      channel: 'post',
    });
    expect(again.notice?.status).toMatchObject({ channel: 'email' });
  });

  it('refuses notice actions for a lead without a lawful-basis record (saved by an older version)', async () => {
    const saved = leadRecord();
    await (await leadRepository()).put(saved, Date.now() + 86_400_000);
    await expect(
      markLeadNoticeSent({ type: 'notices.markSent', id: saved.id, channel: 'email' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      noticeText({ type: 'notices.text', id: saved.id, language: 'en' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await verifyLeadReceipt({ type: 'receipt.verify', id: saved.id })).toEqual({
      valid: false,
      reason: 'no-receipt',
    });
    await expect(
      markLeadNoticeSent({ type: 'notices.markSent', id: crypto.randomUUID(), channel: 'email' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('overridden jurisdiction', () => {
  it('applies the chosen jurisdiction to minimisation and the compliance stamp', async () => {
    await managed(LOCAL_ONLY);
    const lead = { ...deLead, lawfulBasis: { jurisdiction: 'CN' as const } };
    const preview = await previewLead({ type: 'leads.preview', lead });
    expect(preview.jurisdiction).toBe('CN');
    expect(preview.lawfulBasis).toMatchObject({
      method: 'overridden',
      inferred: { jurisdiction: 'EU' },
    });
    expect(preview.person.phones).toEqual([]);
  });
});
