// End to end: a person on a web page is captured, reviewed, saved in IndexedDB and stored by the connector.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_EXTENSION_ID } from '../../scripts/dev-extension-key';
import {
  extensionPage,
  launchWithExtension,
  openSidePanelFor,
  SCREENSHOTS,
  sendToBackground,
  type ExtensionBrowser,
} from './helpers/chromium';
import { startConnector, type RunningConnector } from './helpers/connector-process';
import { chooseDevModeBasis } from './helpers/lawful-basis';
import { servePages, type PageServer } from './helpers/page-server';
import { dumpIndexedDb, setUpVault } from './helpers/vault';

const PASSPHRASE = 'a long enough test passphrase';

let eb: ExtensionBrowser;
let connector: RunningConnector;
let pages: PageServer;

beforeAll(async () => {
  [connector, pages] = await Promise.all([startConnector(), servePages()]);
  eb = await launchWithExtension();
});

afterAll(async () => {
  await eb?.close();
  await connector?.stop();
  await pages?.close();
});

async function setConnectorUrl(url: string): Promise<void> {
  const options = await extensionPage(eb, 'options.html');
  // Wait for the stored address to load, or it would overwrite what we type.
  await expect.poll(() => options.getByTestId('connector-url').inputValue()).not.toBe('');
  await options.getByTestId('connector-url').fill(url);
  await options.getByTestId('save-settings').click();
  await options.getByTestId('options-saved').waitFor();
  await options.screenshot({ path: join(SCREENSHOTS, 'options-saved.png') });
  await options.close();
}

async function openPanelFor(url: string): Promise<Page> {
  return (await openSidePanelFor(eb, url)).panel;
}

function readIndexedDbLeads(panel: Page) {
  return panel.evaluate(
    () =>
      new Promise<{ id: string; deliveryState: string; sealed: { ct: Uint8Array } }[]>(
        (resolve, reject) => {
          const open = indexedDB.open('lawful-leads');
          open.onerror = () => reject(new Error('open failed'));
          open.onsuccess = () => {
            const request = open.result.transaction('leads').objectStore('leads').getAll();
            request.onsuccess = () => resolve(request.result as never);
            request.onerror = () => reject(new Error('read failed'));
          };
        },
      ),
  );
}

describe('capture → review → save → deliver', () => {
  it('loads with the fixed development id and MV3 permissions', async () => {
    expect(eb.extensionId).toBe(DEV_EXTENSION_ID);
    const manifest = await eb.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest).toMatchObject({
      manifest_version: 3,
      host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    });
  });

  it('captures a person from a page and delivers the saved lead to the connector', async () => {
    await setConnectorUrl(connector.url);
    const url = `${pages.origin}/team.html`;
    const panel = await openPanelFor(url);
    await setUpVault(panel, PASSPHRASE);
    await expect
      .poll(() => panel.getByTestId('connector-status').textContent(), { timeout: 15_000 })
      .toBe('Connector online');

    await panel.getByTestId('capture').click();
    const drafts = panel.getByTestId('draft-list');
    await drafts.waitFor();
    const text = await drafts.textContent();
    expect(text).toContain('Ada Lovelace');
    expect(text).toContain('Grace Hopper');
    expect(text).not.toContain('Hidden Person');
    expect(text).not.toContain('typed@');
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-drafts.png'), fullPage: true });

    await panel.locator('li', { hasText: 'Ada Lovelace' }).getByTestId('review-draft').click();
    const form = panel.getByTestId('review-form');
    await expect
      .poll(() => form.locator('input[name="organization"]').inputValue())
      .toBe('Meridian Analytics Ltd');
    expect(await form.locator('textarea[name="emails"]').inputValue()).toBe(
      'ada.lovelace@meridian-analytics.co.uk',
    );
    expect(await form.locator('textarea[name="phones"]').inputValue()).toBe('+442079460958');
    expect(await form.locator('input[name="name"]').getAttribute('title')).toContain('JSON-LD');
    await form.locator('input[name="jobTitle"]').fill('VP Partnerships');
    // Development mode still needs a lawful basis: save stays disabled, with the reason, until chosen.
    await form.getByTestId('save-blocked').waitFor();
    expect(await form.getByTestId('save-lead').isDisabled()).toBe(true);
    expect(await form.getByTestId('lb-development').textContent()).toContain('development mode');
    await chooseDevModeBasis(panel);
    expect(await form.getByTestId('save-blocked').count()).toBe(0);
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-review.png'), fullPage: true });
    await form.getByTestId('save-lead').click();

    const saved = panel.getByTestId('saved-leads');
    await expect
      .poll(() => saved.getByTestId('delivery-state').first().textContent(), { timeout: 20_000 })
      .toBe('Delivered');
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel-delivered.png'), fullPage: true });

    const stored = await readIndexedDbLeads(panel);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ deliveryState: 'delivered' });
    const everything = await dumpIndexedDb(panel);
    for (const value of ['Ada Lovelace', 'ada.lovelace@meridian', '+442079460958', '2079460958'])
      expect(everything).not.toContain(value);

    const db = new Database(join(connector.dataDir, 'connector.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT id, payload FROM leads').all() as {
      id: string;
      payload: string;
    }[];
    // It came as an envelope from an enrolled device.
    const receipts = db.prepare('SELECT lead_id, device_kid FROM envelopes_seen').all() as {
      lead_id: string;
      device_kid: string;
    }[];
    const devices = db.prepare('SELECT kid FROM devices').all() as { kid: string }[];
    db.close();
    expect(receipts).toEqual([{ lead_id: rows[0]!.id, device_kid: devices[0]!.kid }]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(stored[0]!.id);
    const payload = JSON.parse(rows[0]!.payload) as {
      person: { jobTitle: string };
      provenance: { jobTitle: { method: string }[]; name: { method: string }[] };
    };
    expect(payload.person.jobTitle).toBe('VP Partnerships');
    expect(payload.provenance.jobTitle[0]!.method).toBe('manual');
    expect(payload.provenance.name[0]!.method).toBe('json-ld');
    await panel.close();
  });

  it('keeps a lead the connector could not take, and delivers it on retry', async () => {
    const url = `${pages.origin}/team.html`;
    await connector.stop();
    const panel = await openPanelFor(url);
    await panel.getByTestId('capture').click();
    await panel.locator('li', { hasText: 'Grace Hopper' }).getByTestId('review-draft').click();
    await chooseDevModeBasis(panel);
    await panel.getByTestId('save-lead').click();
    const grace = panel.locator('[data-testid="saved-leads"] li', { hasText: 'Grace Hopper' });
    await expect
      .poll(() => grace.getByTestId('delivery-state').textContent(), { timeout: 30_000 })
      .toBe('Not delivered');
    expect(await grace.textContent()).toContain('Connector unreachable');
    await panel.screenshot({
      path: join(SCREENSHOTS, 'sidepanel-not-delivered.png'),
      fullPage: true,
    });

    connector = await startConnector(connector.dataDir);
    await setConnectorUrl(connector.url);
    await grace.getByRole('button', { name: 'Retry' }).click();
    await expect
      .poll(() => grace.getByTestId('delivery-state').textContent(), { timeout: 20_000 })
      .toBe('Delivered');
    const db = new Database(join(connector.dataDir, 'connector.sqlite'), { readonly: true });
    expect((db.prepare('SELECT COUNT(*) AS n FROM leads').get() as { n: number }).n).toBe(2);
    db.close();
    await panel.close();
  });

  it('refuses and counts malformed messages without breaking the worker', async () => {
    const panel = await extensionPage(eb, 'sidepanel.html');
    const reply = await sendToBackground(panel, { type: 'leads.delete-all' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'refused' } });
    const status = await sendToBackground(panel, { type: 'status.get' });
    expect(status).toMatchObject({
      ok: true,
      data: { refusedMessages: 1, leads: { total: 2, delivered: 2 } },
    });
    await panel.close();
  });
});
