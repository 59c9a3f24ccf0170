// Opens the generated 1,000-person directory page in headless Debian Chromium (a file:// page in a
// temporary folder) with the given scripts added, for the Chromium capture diagnostics (A/B, phases,
// DOM calls). Must remove the folder and close the browser on close, whatever happened.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { benchPageHtml } from './capture-page';

export interface DirectoryPage {
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

export async function openDirectoryPage(
  scripts: readonly string[],
  executablePath = '/usr/lib/chromium/chromium',
): Promise<DirectoryPage> {
  const dir = mkdtempSync(join(tmpdir(), 'capture-directory-'));
  const removeDir = (): void => rmSync(dir, { recursive: true, force: true });
  let browser: Browser | undefined;
  try {
    const file = join(dir, 'directory.html');
    writeFileSync(file, benchPageHtml(1000));
    browser = await chromium.launch({
      executablePath,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    });
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    for (const content of scripts) await page.addScriptTag({ content });
    const opened = browser;
    return {
      browser: opened,
      page,
      close: async () => {
        try {
          await opened.close();
        } finally {
          removeDir();
        }
      },
    };
  } catch (error) {
    await browser?.close();
    removeDir();
    throw error;
  }
}
