import { readFileSync } from 'node:fs';
import { errorText } from '@src/ui/common/error-text';
import { deliveryErrorText } from '@src/ui/i18n/delivery-errors';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { runCapture } from '@src/background/capture-handlers';
import { deliveryTarget } from '@src/background/delivery-target';
import { applyCompliance } from '@src/background/lead-compliance';
import { listLeads, previewLead, saveLead } from '@src/background/lead-handlers';
import { getPolicyView } from '@src/background/policy-handlers';
import { currentPolicy } from '@src/background/policy-service';
import type { LeadInput } from '@src/messaging/protocol';
import type { Policy } from '@src/policy';
import { freshBackgroundWithConnector, managedPolicy } from './helpers';

const ACME = JSON.parse(readFileSync('examples/policy/acme-policy.json', 'utf8')) as Policy;

const ukLead: LeadInput = {
  sourceUrl: 'https://meridian-analytics.co.uk/team',
  person: {
    name: 'Ada Lovelace',
    emails: ['ada@meridian-analytics.co.uk'],
    phones: ['+442079460958'],
    urls: ['https://meridian-analytics.co.uk/team/ada'],
    locality: 'London',
    country: 'GB',
  },
  provenance: {},
};

const managed = managedPolicy;

beforeEach(freshBackgroundWithConnector);
afterEach(() => vi.unstubAllGlobals());

describe('policy in force', () => {
  it('uses the strict built-in defaults when nothing is deployed', async () => {
    const resolved = await currentPolicy();
    expect(resolved).toMatchObject({ source: 'defaults', locked: false });
    expect((await getPolicyView()).connectorManaged).toBe(false);
    expect((await getPolicyView()).noticeExemptionsAllowed).toBe(true);
  });

  it('says whether notice exemptions may be claimed: the policy or the salesperson can forbid them', async () => {
    await managed(ACME);
    expect((await getPolicyView()).noticeExemptionsAllowed).toBe(true);
    await managed({ ...ACME, notices: { allowExemptionClaims: false } });
    expect((await getPolicyView()).noticeExemptionsAllowed).toBe(false);
    await managed(ACME);
    await browser.storage.local.set({ 'policy.userPrefs': { forbidNoticeExemptions: true } });
    await expect.poll(async () => (await getPolicyView()).noticeExemptionsAllowed).toBe(false);
  });

  it('applies an administrator policy from managed storage and shows it as managed and locked', async () => {
    await managed(ACME);
    const view = await getPolicyView();
    expect(view.header).toMatchObject({
      policyId: ACME.policyId,
      version: ACME.version,
      source: 'managed',
    });
    expect(view.connectorManaged).toBe(true);
    expect(view.settings.every((s) => s.locked && s.managed)).toBe(true);
    // Every setting is worded in both languages; the English wording is the settings view's own.
    for (const setting of view.settings) {
      expect(setting.text?.label.en).toBe(setting.label);
      expect(setting.text?.value.en).toBe(setting.value);
      expect(setting.text?.label.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    const byId = new Map(view.settings.map((s) => [s.id, s.text]));
    expect(byId.get('minimisation.blockSpecialCategories')?.value.zh).toBe('禁止');
    expect(byId.get('sites.deny')?.value.zh).toContain('linkedin.com');
    expect(byId.get('vault.autoLockMinutes')?.value.zh).toMatch(/^\d+ 分钟$/);
    expect(byId.get('minimisation.allowedFields')?.value.zh).toContain('UK：姓名');
  });

  it('words the built-in defaults in both languages too', async () => {
    for (const setting of (await getPolicyView()).settings) {
      expect(setting.text?.value.en).toBe(setting.value);
      expect(setting.text?.value.zh).not.toBe('');
    }
  });

  it('keeps the defaults and reports the problem when the managed policy is malformed', async () => {
    await managed({ ...ACME, retention: 'forever' });
    const resolved = await currentPolicy();
    expect(resolved.source).toBe('defaults');
    expect(resolved.problems.length).toBeGreaterThan(0);
    expect(JSON.stringify(resolved.problems)).toContain('retention');
  });
});

describe('compliance before saving', () => {
  it('drops fields the policy does not allow for the jurisdiction and stamps the policy', async () => {
    const outcome = await applyCompliance(ukLead, await currentPolicy());
    expect(outcome.jurisdiction).toBe('UK');
    expect(outcome.person).toEqual({
      name: 'Ada Lovelace',
      emails: ['ada@meridian-analytics.co.uk'],
      country: 'GB',
      phones: [],
      urls: [],
    });
    expect(outcome.redactions).toEqual(
      expect.arrayContaining([
        { entity: 'FIELD_NOT_ALLOWED', field: 'phones', operator: 'drop-field' },
        { entity: 'FIELD_NOT_ALLOWED', field: 'locality', operator: 'drop-field' },
      ]),
    );
    expect(outcome.policy).toEqual({
      policyId: 'built-in-defaults',
      version: 1,
      source: 'defaults',
    });
  });

  it('applies the administrator redaction rules to notes', async () => {
    await managed({
      ...ACME,
      minimisation: {
        ...ACME.minimisation,
        allowedFields: { ...ACME.minimisation.allowedFields, UK: ['name', 'emails', 'notes'] },
        redaction: {
          ...ACME.minimisation.redaction,
          CREDIT_CARD: { operator: 'mask', keepLast: 4, char: '#' },
        },
      },
    });
    const outcome = await applyCompliance(
      {
        ...ukLead,
        person: { ...ukLead.person, notes: 'Paid with card 4111 1111 1111 1111 last year.' },
      },
      await currentPolicy(),
    );
    expect(outcome.person.notes).not.toContain('4111 1111 1111 1111');
    expect(outcome.person.notes).toMatch(/#### #### #### 1111/);
    expect(outcome.redactions).toContainEqual({
      entity: 'CREDIT_CARD',
      field: 'notes',
      operator: 'mask',
    });
  });

  it('blocks special-category data and saves nothing', async () => {
    await managed({
      ...ACME,
      minimisation: {
        ...ACME.minimisation,
        allowedFields: { ...ACME.minimisation.allowedFields, UK: ['name', 'emails', 'notes'] },
      },
    });
    const lead = {
      ...ukLead,
      person: { ...ukLead.person, notes: 'Mentioned she is undergoing chemotherapy for cancer.' },
    };
    const preview = await previewLead({ type: 'leads.preview', lead });
    expect(preview.blocked).toMatchObject({ code: 'special-category' });
    expect(preview.blocked?.text.zh).toBe(
      '此线索包含特殊类别数据（如健康或宗教信息）。请删除后再保存。',
    );
    const error = await saveLead({ type: 'leads.save', lead }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'blocked', message: preview.blocked?.message });
    expect(errorText(error, 'zh')).toBe(preview.blocked?.text.zh);
    expect(await listLeads()).toEqual([]);
  });

  it('refuses a lead from a denied site', async () => {
    const lead = { ...ukLead, sourceUrl: 'https://www.linkedin.com/in/ada' };
    await expect(saveLead({ type: 'leads.save', lead })).rejects.toThrow(
      /does not allow leads from this site/,
    );
  });

  it('keeps a lead on the device when the managed policy routes its jurisdiction nowhere', async () => {
    await managed({ ...ACME, connector: { ...ACME.connector, routing: {} } });
    const lawfulBasis = {
      jurisdiction: 'UK' as const,
      purposeId: 'sales_prospecting',
      basis: 'legitimate_interests' as const,
      liaTemplateId: 'lia_b2b_prospecting',
    };
    const saved = await saveLead({ type: 'leads.save', lead: { ...ukLead, lawfulBasis } });
    expect(saved.delivery).toMatchObject({ state: 'held' });
    expect(saved.delivery.lastError).toMatch(/no delivery route/);
    expect(deliveryErrorText(saved.delivery.lastError!).zh).toBe(
      '贵组织的策略没有为该法域设置投递路线；线索仅保存在本机。',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('delivers to the policy connector for the jurisdiction', async () => {
    await managed(ACME);
    const resolved = await currentPolicy();
    const target = await deliveryTarget({ compliance: { jurisdiction: 'UK' } } as never, resolved);
    expect(target).toMatchObject({ deliver: true });
    expect(target.deliver && target.endpoint).toMatch(/^https:\/\//);
  });
});

describe('capture on a denied site', () => {
  it('refuses before reading the page', async () => {
    (browser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn() };
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({
      id: 5,
      url: 'https://www.linkedin.com/in/someone',
    } as never);
    const error = await runCapture({ type: 'capture.run', tabId: 5 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'site_denied' });
    expect(errorText(error, 'zh')).toBe('贵组织的策略不允许在此网站采集。未读取任何内容。');
    expect(errorText(error, 'en')).toMatch(/does not allow capturing from this site/);
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });
});
