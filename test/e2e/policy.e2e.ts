// End to end: an enterprise policy deployed the way IT deploys Chrome settings is applied by the extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionPage,
  openSidePanelFor,
  SCREENSHOTS,
  sendToBackground,
  type ExtensionBrowser,
} from './helpers/chromium';
import { chooseApprovedLiaBasis } from './helpers/lawful-basis';
import { startManagedSession, type ManagedSession } from './helpers/managed-session';
import type { PageServer } from './helpers/page-server';
import { dumpIndexedDb } from './helpers/vault';

const ACME = JSON.parse(readFileSync('examples/policy/acme-policy.json', 'utf8')) as {
  policyId: string;
  version: number;
  minimisation: { allowedFields: Record<string, string[]>; redaction: Record<string, unknown> };
  sites: { deny: string[] };
  connector: { routing: Record<string, string> };
};

const POLICY = {
  ...ACME,
  sites: { ...ACME.sites, deny: [...ACME.sites.deny, 'localhost'] },
  minimisation: {
    ...ACME.minimisation,
    allowedFields: {
      ...ACME.minimisation.allowedFields,
      UK: ['name', 'jobTitle', 'organization', 'emails', 'country', 'notes'],
    },
    redaction: {
      ...ACME.minimisation.redaction,
      CREDIT_CARD: { operator: 'mask', keepLast: 4, char: '#' },
    },
  },
  // No route: leads stay on this device (no traffic leaves the machine in tests).
  connector: { ...ACME.connector, routing: {} },
};

let session: ManagedSession;
let eb: ExtensionBrowser;
let pages: PageServer;

beforeAll(async () => {
  session = await startManagedSession(POLICY, 'policy e2e passphrase');
  ({ eb, pages } = session);
});

afterAll(async () => {
  await session?.close();
});

async function policySource(page: Page): Promise<string | undefined> {
  const reply = await sendToBackground(page, { type: 'policy.get' });
  return (reply.data as { header: { source: string } } | undefined)?.header.source;
}

async function panelFor(url: string): Promise<Page> {
  return (await openSidePanelFor(eb, url)).panel;
}

describe('managed policy', () => {
  it('applies the deployed policy and shows its settings as managed and locked', async () => {
    const options = await extensionPage(eb, 'options.html');
    await expect.poll(() => policySource(options), { timeout: 30_000 }).toBe('managed');
    await options.reload();
    await options.getByTestId('connector-locked').waitFor();
    expect(await options.getByTestId('connector-url').isDisabled()).toBe(true);
    const summary = await options.getByTestId('policy-summary').textContent();
    expect(summary).toContain(`${POLICY.policyId} v${POLICY.version}`);
    expect(summary).toContain('localhost');
    expect(await options.locator('[data-setting="sites.deny"] .badge.locked').count()).toBe(1);
    await options.screenshot({
      path: join(SCREENSHOTS, 'policy-options-locked.png'),
      fullPage: true,
    });
    await options.close();
  });

  it('refuses to capture on a denied site, reading nothing', async () => {
    const panel = await panelFor(`${pages.origin.replace('127.0.0.1', 'localhost')}/team.html`);
    await panel.getByTestId('capture').click();
    await expect
      .poll(() => panel.getByTestId('panel-error').textContent())
      .toContain('does not allow capturing');
    expect(await panel.getByTestId('draft-list').count()).toBe(0);
    await panel.screenshot({ path: join(SCREENSHOTS, 'policy-denied-site.png'), fullPage: true });
    await panel.close();
  });

  it('applies the redaction rule and minimisation before saving, and stamps the policy', async () => {
    const panel = await panelFor(`${pages.origin}/team.html`);
    await panel.getByTestId('capture').click();
    await panel.locator('li', { hasText: 'Ada Lovelace' }).getByTestId('review-draft').click();
    await panel
      .locator('textarea[name="notes"]')
      .fill('Prefers invoices; paid with card 4111 1111 1111 1111 in 2025.');
    const preview = panel.getByTestId('preview-list');
    await expect.poll(() => preview.textContent()).toContain('mask');
    expect(await preview.textContent()).toContain('phones');
    await panel.screenshot({
      path: join(SCREENSHOTS, 'policy-redaction-preview.png'),
      fullPage: true,
    });
    // A lawful basis the policy allows for the UK (issue 7): confirm, purpose, LI with its LIA.
    await chooseApprovedLiaBasis(panel, 'UK');
    await panel.getByTestId('save-lead').click();
    const saved = panel.locator('[data-testid="saved-leads"] li', { hasText: 'Ada Lovelace' });
    await expect
      .poll(() => saved.getByTestId('delivery-state').textContent())
      .toBe('Kept on this device');
    const reply = await sendToBackground(panel, { type: 'leads.list' });
    const text = JSON.stringify(reply.data);
    expect(text).not.toContain('4111 1111 1111 1111');
    expect(text).toContain('#### #### #### 1111');
    expect(text).not.toContain('+442079460958');
    expect((reply.data as unknown[])[0]).toMatchObject({
      compliance: {
        policyId: POLICY.policyId,
        policyVersion: POLICY.version,
        policySource: 'managed',
        jurisdiction: 'UK',
      },
    });
    const raw = await dumpIndexedDb(panel);
    expect(raw).not.toContain('4111');
    expect(raw).not.toContain('Ada Lovelace');
    await panel.screenshot({ path: join(SCREENSHOTS, 'policy-saved-held.png'), fullPage: true });
    await panel.close();
  });

  it('lets the salesperson tighten the policy but shows the organisation rules as locked', async () => {
    const options = await extensionPage(eb, 'options.html');
    await options.getByTestId('stricter-sites').fill('127.0.0.1');
    await options.getByTestId('stricter-no-exemptions').check();
    await options.getByTestId('stricter-settings').getByRole('button').click();
    await options.getByTestId('stricter-saved').waitFor();
    const stored = await options.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.local.get('policy.userPrefs'),
    );
    expect(stored['policy.userPrefs']).toMatchObject({
      deniedSites: ['127.0.0.1'],
      forbidNoticeExemptions: true,
    });
    await options.close();
    const panel = await panelFor(`${pages.origin}/team.html`);
    await expect
      .poll(async () => {
        await panel.getByTestId('capture').click();
        return panel
          .getByTestId('panel-error')
          .textContent()
          .catch(() => '');
      })
      .toContain('does not allow capturing');
    await panel.close();
  });
});
