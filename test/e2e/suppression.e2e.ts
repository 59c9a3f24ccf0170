// End to end: an admin adds a person to the connector's suppression list with the admin tool; the
// extension (under a policy naming that list and the organisation's hash key) refreshes it on the
// policy poll alarm, then leaves the person out of a capture with a clear message, refuses to save
// them, and the audit trail records the refusal without any value.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage, openSidePanelFor, SCREENSHOTS, sendToBackground } from './helpers/chromium';
import { startConnector, type RunningConnector } from './helpers/connector-process';
import { chooseApprovedLiaBasis } from './helpers/lawful-basis';
import { startManagedSession, type ManagedSession } from './helpers/managed-session';

const run = promisify(execFile);
const HASH_KEY = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80';
const ACME = JSON.parse(readFileSync('examples/policy/acme-policy.json', 'utf8')) as {
  connector: Record<string, unknown>;
};

let connector: RunningConnector;
let session: ManagedSession;
let policyFile: string;

beforeAll(async () => {
  connector = await startConnector();
  const policy = {
    ...ACME,
    connector: { ...ACME.connector, routing: {} },
    suppression: {
      checkBeforeDelivery: true,
      hashKey: HASH_KEY,
      listRef: `${connector.url}/v1/suppression`,
    },
    notices: { allowExemptionClaims: false },
  };
  policyFile = join(mkdtempSync(join(tmpdir(), 'll-policy-')), 'policy.json');
  writeFileSync(policyFile, JSON.stringify(policy));
  session = await startManagedSession(policy, 'suppression e2e passphrase');
});

afterAll(async () => {
  await session?.close();
  await connector?.stop();
});

/** Opens the page in a new tab and captures it; `close` closes the panel and the tab (the tab is
 * found by address, so only one may be open at a time). */
async function capturePanel(url: string): Promise<{ panel: Page; close: () => Promise<void> }> {
  const { page, panel } = await openSidePanelFor(session.eb, url);
  await panel.getByTestId('capture').click();
  await panel.getByTestId('draft-list').waitFor();
  return {
    panel,
    close: async () => {
      await panel.close();
      await page.close();
    },
  };
}

describe('suppression list from the connector', () => {
  it('refreshes on the poll alarm, then leaves the person out and refuses to save them', async () => {
    const { eb, pages } = session;
    const url = `${pages.origin}/de-team.html`;
    const options = await extensionPage(eb, 'options.html');
    await expect
      .poll(
        async () =>
          (
            (await sendToBackground(options, { type: 'policy.get' })).data as {
              header: { source: string };
            }
          )?.header.source,
        { timeout: 30_000 },
      )
      .toBe('managed');

    const before = await capturePanel(url);
    expect(await before.panel.getByTestId('draft-list').textContent()).toContain('Lukas Weber');
    await before.close();

    // The admin lists Lukas (keyed hash made with the policy's key) in the connector's database.
    const { stdout } = await run(resolve('node_modules/.bin/tsx'), [
      'src/admin/node/cli.ts',
      'suppression',
      'add',
      '--policy',
      policyFile,
      '--data',
      connector.dataDir,
      'email:Lukas.Weber@nordlicht-robotik.example',
    ]);
    expect(stdout).toContain('Added 1 new entry');
    expect(stdout).not.toMatch(/lukas/i);
    const served = (await (await fetch(`${connector.url}/v1/suppression`)).json()) as {
      entries: string[];
    };
    expect(served.entries).toHaveLength(1);
    expect(served.entries[0]).toMatch(/^hmac-sha256:/);

    // The policy poll alarm fires: the background fetches the list (keyed hashes only).
    await options.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { alarms: { create(name: string, info: { when: number }): Promise<void> } };
        }
      ).chrome.alarms.create('policy-poll', { when: Date.now() + 50 }),
    );
    await expect
      .poll(
        () =>
          options.evaluate(async () => {
            const chromeApi = (
              globalThis as unknown as {
                chrome: {
                  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
                };
              }
            ).chrome;
            const stored = (await chromeApi.storage.local.get('consent.suppression'))[
              'consent.suppression'
            ] as { entries: string[] } | undefined;
            return stored?.entries ?? [];
          }),
        { timeout: 30_000 },
      )
      .toEqual(served.entries);

    const after = await capturePanel(url);
    const { panel } = after;
    const drafts = await panel.getByTestId('draft-list').textContent();
    expect(drafts).toContain('Jana Becker');
    expect(drafts).not.toContain('Lukas Weber');
    expect(await panel.getByTestId('suppressed-left-out').textContent()).toContain(
      'do-not-contact list',
    );
    await panel.screenshot({ path: join(SCREENSHOTS, 'suppression-left-out.png'), fullPage: true });

    // Saving Lukas anyway (e.g. typed in by hand) is refused by the background.
    const refused = await sendToBackground(panel, {
      type: 'leads.save',
      lead: {
        sourceUrl: url,
        person: {
          name: 'Lukas Weber',
          emails: ['lukas.weber@nordlicht-robotik.example'],
          phones: [],
          urls: [],
        },
        provenance: {},
        lawfulBasis: {
          jurisdiction: 'EU',
          purposeId: 'sales_prospecting',
          basis: 'legitimate_interests',
          liaTemplateId: 'lia_b2b_prospecting',
        },
      },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'blocked' } });
    expect(refused.error?.message).toContain('asked not to be contacted');
    expect(refused.error?.message).not.toMatch(/lukas|email/i);

    const trail = (
      (await sendToBackground(panel, { type: 'audit.export' })).data as { jsonl: string }
    ).jsonl;
    expect(trail).toContain('"type":"suppression_hit"');
    expect(trail).toContain('"type":"suppression_updated"');
    expect(trail).not.toMatch(/lukas|weber|hmac-sha256/i);
    await after.close();
    await options.close();
  });

  it('offers no notice exemption, and says why, when the policy forbids claims', async () => {
    const captured = await capturePanel(`${session.pages.origin}/de-team.html`);
    const { panel } = captured;
    await panel.locator('li', { hasText: 'Jana Becker' }).getByTestId('review-draft').click();
    await chooseApprovedLiaBasis(panel, 'EU');
    await panel.getByTestId('save-lead').click();
    const notice = panel.getByTestId('notice-item');
    await notice.waitFor();
    // The background refuses claims too (unit tests); the panel does not offer one at all.
    await expect
      .poll(() => notice.getByTestId('notice-exemptions-off').textContent())
      .toContain('requires this notice to be sent');
    expect(await notice.getByTestId('notice-exempt-open').count()).toBe(0);
    expect(await panel.getByTestId('notice-item').count()).toBe(1);
    await panel.screenshot({
      path: join(SCREENSHOTS, 'notice-exemption-forbidden.png'),
      fullPage: true,
    });
    await captured.close();
  });
});
