// Development mode (no administrator policy): the lawful basis is enforced all the same; the
// regime's own bases are offered and the salesperson writes the LIA summary.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  markLeadNoticeSent,
  NOTICE_NEEDS_POLICY,
  noticeText,
} from '@src/background/consent-handlers';
import { DEVELOPMENT_LIA_REF } from '@src/background/development-policy';
import { deviceSigner } from '@src/background/device-signer';
import { listLeads, previewLead, saveLead } from '@src/background/lead-handlers';
import { STRICTEST_REGIME, verifyReceipt, type BasisId } from '@src/consent';
import type { LeadInput } from '@src/messaging/protocol';
import { DEV_MODE_UK_BASIS, freshBackgroundWithConnector, managedPolicy } from './helpers';
import { readFileSync } from 'node:fs';
import type { Policy } from '@src/policy';

const ACME = JSON.parse(readFileSync('examples/policy/acme-policy.json', 'utf8')) as Policy;

const deLead: LeadInput = {
  sourceUrl: 'https://nordlicht-robotik.de/team',
  capturedAt: '2026-11-20T10:00:00.000Z',
  person: {
    name: 'Jana Becker',
    emails: ['jana.becker@nordlicht-robotik.de'],
    phones: ['+493012345678'],
    urls: [],
    country: 'DE',
  },
  provenance: {},
};
const SUMMARY = DEV_MODE_UK_BASIS.liaSummary;
const EU_LI = {
  jurisdiction: 'EU' as const,
  purposeId: 'sales_prospecting',
  basis: 'legitimate_interests' as const,
};

beforeEach(freshBackgroundWithConnector);
afterEach(() => vi.unstubAllGlobals());

async function preview(lawfulBasis?: LeadInput['lawfulBasis'], lead = deLead) {
  const result = await previewLead({
    type: 'leads.preview',
    lead: { ...lead, ...(lawfulBasis ? { lawfulBasis } : {}) },
  });
  return result.lawfulBasis!;
}

describe('development mode enforces the lawful basis', () => {
  it('blocks a lead without a basis and says why in English and Chinese', async () => {
    const view = await preview();
    expect(view).toMatchObject({ mode: 'development', allowed: false, jurisdiction: 'EU' });
    expect(view.problems.map((p) => p.code)).toEqual(['jurisdiction_unconfirmed', 'basis_missing']);
    const missing = view.problems[1]!;
    expect(missing.message.en).toMatch(/development mode.*no lead is saved without a lawful basis/);
    expect(missing.message.zh).toContain('开发模式');
    expect(missing.article).toContain('Art. 6(1)(f)');
  });

  it("offers the regime's own bases (no admin restriction), the strictest set when unknown", async () => {
    const bases = async (jurisdiction: LeadInput['lawfulBasis']) =>
      (await preview(jurisdiction)).bases.map((b) => b.basis);
    expect(await bases({ jurisdiction: 'EU', purposeId: 'sales_prospecting' })).toEqual([
      'consent',
      'contract',
      'legal_obligation',
      'vital_interests',
      'public_task',
      'legitimate_interests',
    ]);
    expect(await bases({ jurisdiction: 'CA', purposeId: 'sales_prospecting' })).toContain(
      'business_contact',
    );
    const strictest: BasisId[] = STRICTEST_REGIME.allowedBases.map((b) => b.basis);
    expect(await bases({ jurisdiction: 'UNKNOWN', purposeId: 'sales_prospecting' })).toEqual(
      strictest,
    );
    expect(strictest).not.toContain('legitimate_interests');
  });

  it('needs the salesperson’s own LIA summary for legitimate interests', async () => {
    const none = await preview(EU_LI);
    expect(none.needs).toEqual({ lia: true, consentEvidence: false, liaSummary: true });
    expect(none.problems.map((p) => p.code)).toContain('lia_missing');
    expect(none.allowed).toBe(false);
    const tooShort = await preview({ ...EU_LI, liaSummary: '  B2B   ' });
    expect(tooShort.problems.map((p) => p.code)).toContain('lia_missing');
    const ok = await preview({ ...EU_LI, liaSummary: SUMMARY });
    expect(ok.allowed).toBe(true);
    expect(ok.problems.filter((p) => p.severity === 'block')).toEqual([]);
    expect(ok.notice?.dueAt).toBe('2026-12-20T23:59:59.999Z');
  });

  it('needs consent evidence for consent', async () => {
    const base = { ...EU_LI, basis: 'consent' as const };
    expect((await preview(base)).problems.map((p) => p.code)).toContain('consent_evidence_missing');
    const consent = {
      method: 'web-form' as const,
      givenAt: '2026-11-19T09:00:00.000Z',
      textVersion: 'newsletter-consent-v2',
      withdrawalMethod: 'Unsubscribe link',
    };
    expect((await preview({ ...base, consent })).allowed).toBe(true);
  });

  it('refuses to save without a basis (nothing stored), saves and signs with one', async () => {
    await expect(saveLead({ type: 'leads.save', lead: deLead })).rejects.toMatchObject({
      code: 'blocked',
      message: expect.stringMatching(/development mode/) as unknown,
    });
    expect(await listLeads()).toEqual([]);
    const saved = await saveLead({
      type: 'leads.save',
      lead: { ...deLead, lawfulBasis: { ...EU_LI, liaSummary: SUMMARY } },
    });
    const verified = await verifyReceipt(saved.receipt!.jws, (await deviceSigner()).publicJwk);
    expect(verified.valid).toBe(true);
    if (!verified.valid) return;
    expect(verified.receipt.purposes[0]?.legitimateInterest).toEqual({
      assessmentRef: DEVELOPMENT_LIA_REF,
      interestsPursued: SUMMARY,
    });
    expect(verified.receipt.piiControllers).toHaveLength(1);
    expect(verified.receipt.piiControllers[0]).toMatchObject({ country: 'ZZ' });
    expect(verified.receipt.piiControllers[0]?.name).toMatch(/Not configured/);
    expect(verified.receipt.policy.version).toBe('built-in-defaults@1');
    const text = await noticeText({ type: 'notices.text', id: saved.id, language: 'en' });
    expect(text.text).toContain('Not configured');
    expect(text.text.startsWith('DRAFT — development mode')).toBe(true);
    const zh = await noticeText({ type: 'notices.text', id: saved.id, language: 'zh' });
    expect(zh.text.startsWith('草稿——开发模式')).toBe(true);
    // A notice naming no controller cannot count as given.
    await expect(
      markLeadNoticeSent({ type: 'notices.markSent', id: saved.id, channel: 'email' }),
    ).rejects.toMatchObject({ code: 'blocked', message: NOTICE_NEEDS_POLICY.en });
    expect((await listLeads()).find((l) => l.id === saved.id)?.notice?.status.state).toBe(
      'pending',
    );
  });

  it('applies the strictest rules to an unknown jurisdiction: explicit consent with evidence', async () => {
    const unknownLead: LeadInput = {
      sourceUrl: 'https://speakers.example.com/list',
      person: { name: 'Sam Doe', emails: ['sam@example.com'], phones: [], urls: [] },
      provenance: {},
    };
    const inferred = await preview(undefined, unknownLead);
    expect(inferred.jurisdiction).toBe('UNKNOWN');
    const base = {
      jurisdiction: 'UNKNOWN' as const,
      purposeId: 'sales_prospecting',
      basis: 'consent' as const,
    };
    const implied = await preview(
      {
        ...base,
        consent: {
          method: 'implied',
          givenAt: '2026-11-19T09:00:00.000Z',
          textVersion: 'card handed over',
          withdrawalMethod: 'Reply STOP',
        },
      },
      unknownLead,
    );
    expect(implied.problems.map((p) => p.code)).toContain('consent_not_explicit');
    const saved = await saveLead({
      type: 'leads.save',
      lead: {
        ...unknownLead,
        lawfulBasis: {
          ...base,
          consent: {
            method: 'signed-form',
            givenAt: '2026-11-19T09:00:00.000Z',
            textVersion: 'event sign-up form v3',
            withdrawalMethod: 'Reply STOP',
          },
        },
      },
    });
    expect(saved.receipt?.jws.split('.')).toHaveLength(3);
    expect(saved.compliance?.jurisdiction).toBe('UNKNOWN');
  });

  it('ignores a typed LIA summary under an organisation policy (approved LIAs only)', async () => {
    await managedPolicy({ ...ACME, connector: { ...ACME.connector, routing: {} } });
    const view = await preview({ ...EU_LI, liaSummary: SUMMARY });
    expect(view.mode).toBe('enforced');
    expect(view.needs.liaSummary).toBe(false);
    expect(view.problems.map((p) => p.code)).toContain('lia_missing');
  });
});
