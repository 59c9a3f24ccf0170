// Launches Debian's Chromium headless with the built extension and connects Playwright over CDP.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
  type Worker,
} from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const SCREENSHOTS = resolve('test-results/screenshots');

export interface ExtensionBrowser {
  browser: Browser;
  context: BrowserContext;
  cdp: CDPSession;
  extensionId: string;
  worker: Worker;
  process: ChildProcess;
  userDataDir: string;
  close(): Promise<void>;
}

export async function launchWithExtension(
  extensionDir = resolve('.output/chrome-mv3'),
  userDataDir = mkdtempSync(join(tmpdir(), 'll-chromium-')),
  extraArgs: string[] = [],
): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/run or apt-get install chromium`);
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension in ${extensionDir}: run npm run build`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-unsafe-extension-debugging',
    '--remote-debugging-port=0',
    `--user-data-dir=${userDataDir}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--window-size=1280,900',
    ...extraArgs,
    'about:blank',
  ];
  const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const wsUrl = await new Promise<string>((done, fail) => {
    let seen = '';
    const timer = setTimeout(
      () => fail(new Error(`Chromium did not start: ${seen.slice(-2000)}`)),
      30_000,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
    child.on('exit', (code) =>
      fail(new Error(`Chromium exited with ${code}: ${seen.slice(-2000)}`)),
    );
  });
  const browser = await chromium.connectOverCDP(wsUrl);
  const context = browser.contexts()[0]!;
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 30_000,
    }));
  const extensionId = new URL(worker.url()).host;
  const cdp = await browser.newBrowserCDPSession();
  return {
    browser,
    context,
    cdp,
    extensionId,
    worker,
    process: child,
    userDataDir,
    async close() {
      await browser.close().catch(() => undefined);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Clicks the toolbar action for the tab showing `url`, the way a user grants activeTab. */
export async function triggerActionOn(eb: ExtensionBrowser, url: string): Promise<void> {
  const { targetInfos } = (await eb.cdp.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  })) as {
    targetInfos: { targetId: string; url: string; type: string }[];
  };
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error(`No tab target for ${url}`);
  await eb.cdp.send(
    'Extensions.triggerAction' as never,
    { id: eb.extensionId, targetId: tab.targetId } as never,
  );
}

/** The extension's tab id for a page, read in the service worker (activeTab makes its URL visible). */
export async function tabIdFor(eb: ExtensionBrowser, url: string): Promise<number> {
  const id = await eb.worker.evaluate(async (wanted) => {
    const api = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      }
    ).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`The extension cannot see a tab for ${url}`);
  return id;
}

export async function extensionPage(eb: ExtensionBrowser, path: string): Promise<Page> {
  const page = await eb.context.newPage();
  await page.goto(`chrome-extension://${eb.extensionId}/${path}`);
  return page;
}

/** Opens `url` in a new tab, grants activeTab on it as a user would, and opens its side panel. */
export async function openSidePanelFor(
  eb: ExtensionBrowser,
  url: string,
): Promise<{ page: Page; panel: Page }> {
  const page = await eb.context.newPage();
  await page.goto(url);
  await triggerActionOn(eb, url);
  const panel = await extensionPage(eb, `sidepanel.html?tabId=${await tabIdFor(eb, url)}`);
  return { page, panel };
}

export type BackgroundReply = {
  ok: boolean;
  data?: unknown;
  error?: { code: string; message: string };
};

/** Sends a message to the background from an extension page, as the interface does. */
export function sendToBackground(page: Page, message: unknown): Promise<BackgroundReply> {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<BackgroundReply>;
}
