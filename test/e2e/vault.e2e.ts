// End to end: the vault in Chromium. A lead saved after set-up is stored with no plaintext of the
// person; the unlocked key survives a service-worker restart; after lock + restart, unlocking
// brings the lead back; the audit trail verifies and exports; erase removes the lead.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionPage,
  launchWithExtension,
  SCREENSHOTS,
  sendToBackground,
  tabIdFor,
  triggerActionOn,
  type ExtensionBrowser,
} from './helpers/chromium';
import { startConnector, type RunningConnector } from './helpers/connector-process';
import { chooseDevModeBasis } from './helpers/lawful-basis';
import { servePages, type PageServer } from './helpers/page-server';
import { dumpIndexedDb, setUpVault, unlockVault } from './helpers/vault';

const PASSPHRASE = 'vault e2e passphrase';
const PERSON = ['Ada Lovelace', 'ada.lovelace@meridian-analytics.co.uk', '+442079460958'];

let eb: ExtensionBrowser;
let connector: RunningConnector;
let pages: PageServer;
let panelPath: string;

beforeAll(async () => {
  [connector, pages] = await Promise.all([startConnector(), servePages()]);
  eb = await launchWithExtension();
});

afterAll(async () => {
  await eb?.close();
  await connector?.stop();
  await pages?.close();
});

/** Every file of the extension's storage in the profile, as Latin-1 and UTF-16 text. */
function profileStorageText(): string {
  const roots = [
    join(eb.userDataDir, 'Default', 'IndexedDB'),
    join(eb.userDataDir, 'Default', 'Local Extension Settings', eb.extensionId),
  ];
  const texts: string[] = [];
  const walk = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path)) walk(join(path, entry));
      return;
    }
    const bytes = readFileSync(path);
    texts.push(bytes.toString('latin1'), bytes.toString('utf16le'));
  };
  for (const root of roots) walk(root);
  return texts.join('\n');
}

type VersionUpdate = { versions: { scriptURL: string; runningStatus: string }[] };

/**
 * Stops every service worker (as Chrome does when idle) with CDP ServiceWorker.stopAllWorkers,
 * waits until ours reports `stopped`, then wakes it with a message and waits for `running`.
 */
async function restartWorker(from: Page): Promise<void> {
  const session = await eb.context.newCDPSession(from);
  const statuses: string[] = [];
  session.on('ServiceWorker.workerVersionUpdated' as never, (event: VersionUpdate) => {
    for (const version of event.versions)
      if (version.scriptURL.endsWith('/background.js')) statuses.push(version.runningStatus);
  });
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('stopped');
  const reply = await sendToBackground(from, { type: 'vault.status' });
  expect(reply).toMatchObject({ ok: true });
  expect(statuses).toContain('starting');
  await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('running');
  await session.detach();
}

describe('the vault in Chromium', () => {
  it('saves a lead with no plaintext of the person anywhere in IndexedDB', async () => {
    const options = await extensionPage(eb, 'options.html');
    // Wait for the stored address to load, or it would overwrite what we type.
    await expect.poll(() => options.getByTestId('connector-url').inputValue()).not.toBe('');
    await options.getByTestId('connector-url').fill(connector.url);
    await options.getByTestId('save-settings').click();
    await options.getByTestId('options-saved').waitFor();
    await options.close();

    const url = `${pages.origin}/team.html`;
    const page = await eb.context.newPage();
    await page.goto(url);
    await triggerActionOn(eb, url);
    panelPath = `sidepanel.html?tabId=${await tabIdFor(eb, url)}`;
    const panel = await extensionPage(eb, panelPath);
    await panel.screenshot({ path: join(SCREENSHOTS, 'vault-setup.png'), fullPage: true });
    await setUpVault(panel, PASSPHRASE);
    await panel.getByTestId('capture').click();
    await panel.locator('li', { hasText: 'Ada Lovelace' }).getByTestId('review-draft').click();
    await chooseDevModeBasis(panel);
    await panel.getByTestId('save-lead').click();
    await expect
      .poll(() => panel.getByTestId('delivery-state').first().textContent(), { timeout: 20_000 })
      .toBe('Delivered');
    const everything = await dumpIndexedDb(panel);
    expect(everything).toContain('recordKeys');
    for (const value of PERSON) expect(everything).not.toContain(value);
    // The same on disk: the profile's IndexedDB and extension storage files.
    const leadId = await panel.locator('[data-lead-id]').first().getAttribute('data-lead-id');
    const onDisk = profileStorageText();
    expect(onDisk).toContain(leadId!); // the scan does read the stored rows (ids are in the clear)
    for (const value of PERSON) expect(onDisk).not.toContain(value);
    await panel.close();
  });

  it('stays unlocked across a service-worker restart (key in session storage only)', async () => {
    const panel = await extensionPage(eb, panelPath);
    await panel.getByTestId('lock').waitFor();
    await restartWorker(panel);
    await panel.reload();
    await panel.getByTestId('lock').waitFor();
    expect(await panel.getByTestId('saved-leads').textContent()).toContain('Ada Lovelace');
    await panel.close();
  });

  it('locks, restarts the worker, unlocks, and the lead is back', async () => {
    const panel = await extensionPage(eb, panelPath);
    await panel.getByTestId('lock').click();
    await panel.getByTestId('vault-unlock').waitFor();
    expect(await panel.textContent('body')).not.toContain('Ada Lovelace');
    await restartWorker(panel);
    await panel.reload();
    await panel.getByTestId('unlock-passphrase').fill('not the passphrase');
    await panel.getByTestId('unlock-submit').click();
    await expect
      .poll(() => panel.getByTestId('vault-error').textContent())
      .toContain('Unlock failed');
    await panel.screenshot({ path: join(SCREENSHOTS, 'vault-unlock-failed.png'), fullPage: true });
    await unlockVault(panel, PASSPHRASE);
    await expect
      .poll(() => panel.getByTestId('saved-leads').textContent())
      .toContain('Ada Lovelace');
    await panel.screenshot({ path: join(SCREENSHOTS, 'vault-unlocked.png'), fullPage: true });
    await panel.close();
  });

  it('verifies and exports the audit trail from the options page', async () => {
    const options = await extensionPage(eb, 'options.html');
    await options.getByTestId('audit-verify').click();
    await expect
      .poll(() => options.getByTestId('audit-result').textContent())
      .toMatch(/^Chain intact: \d+ events\.$/);
    await options.getByTestId('audit-export').click();
    await expect
      .poll(() => options.getByTestId('audit-result').textContent())
      .toMatch(/events exported/);
    await options.screenshot({ path: join(SCREENSHOTS, 'options-audit.png'), fullPage: true });
    const { jsonl } = (await sendToBackground(options, { type: 'audit.export' })).data as {
      jsonl: string;
    };
    const types = jsonl
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { type: string }).type);
    expect(types).toEqual(
      expect.arrayContaining(['unlock', 'capture', 'save', 'send', 'delivered', 'lock']),
    );
    for (const value of PERSON) expect(jsonl).not.toContain(value);
    await options.close();
  });

  it('erases the person after confirmation', async () => {
    const panel = await extensionPage(eb, panelPath);
    const ada = panel.locator('[data-testid="saved-leads"] li', { hasText: 'Ada Lovelace' });
    await ada.getByTestId('erase-lead').click();
    await ada.getByTestId('erase-confirm').click();
    await panel.getByText('No saved leads yet.').waitFor();
    const everything = await dumpIndexedDb(panel);
    expect(everything).toMatch(/recordKeys: \[\]/);
    expect(everything).toMatch(/leads: \[\]/);
    await panel.close();
  });

  it('changes the passphrase on the options page; only the new one unlocks', async () => {
    const options = await extensionPage(eb, 'options.html');
    const form = options.getByTestId('change-passphrase');
    await form.getByTestId('current-passphrase').fill(PASSPHRASE);
    await form.getByTestId('new-passphrase').fill('the new vault passphrase');
    await form.getByTestId('confirm-passphrase').fill('the new vault passphrase');
    await form.getByTestId('change-passphrase-submit').click();
    await options.getByTestId('passphrase-changed').waitFor({ timeout: 30_000 });
    await options.close();
    const panel = await extensionPage(eb, panelPath);
    await panel.getByTestId('lock').click();
    await panel.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await panel.getByTestId('unlock-submit').click();
    await expect
      .poll(() => panel.getByTestId('vault-error').textContent())
      .toContain('Unlock failed');
    await unlockVault(panel, 'the new vault passphrase');
    await panel.close();
  });
});
