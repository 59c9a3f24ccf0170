// End to end: the capture engine on a mixed-format, bilingual page in real Chromium, and a pasted signature.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openSidePanelFor,
  SCREENSHOTS,
  tabIdFor,
  type ExtensionBrowser,
} from './helpers/chromium';
import { servePages, type PageServer } from './helpers/page-server';
import { setUpVault } from './helpers/vault';

let eb: ExtensionBrowser;
let pages: PageServer;
let panel: Page;
let site: Page;
let firstCapture = '';

beforeAll(async () => {
  pages = await servePages();
  eb = await launchWithExtension();
  const url = `${pages.origin}/speakers.html`;
  ({ page: site, panel } = await openSidePanelFor(eb, url));
  await setUpVault(panel, 'capture e2e passphrase');
});

afterAll(async () => {
  await eb?.close();
  await pages?.close();
});

describe('capture engine in the browser', () => {
  it('lists people from microdata, h-card and an open shadow root, and nothing hidden or typed', async () => {
    await panel.getByTestId('capture').click();
    const list = panel.getByTestId('draft-list');
    await list.waitFor();
    const text = (await list.textContent()) ?? '';
    expect(text).toContain('张伟');
    expect(text).toContain('深圳远航科技有限公司');
    expect(text).toContain('+8613800138000');
    expect(text).toContain('María García');
    expect(text).toContain('maria.garcia@iberia-logistics.es');
    expect(text).toContain('Kenji Tanaka');
    expect(text).not.toContain('Secret Speaker');
    expect(text).not.toContain('visitor@example.net');
    firstCapture = text;
    await panel.screenshot({
      path: join(SCREENSHOTS, 'capture-engine-speakers.png'),
      fullPage: true,
    });
  });

  it('captures the same tab again with the engine kept in the isolated world, unseen by the page', async () => {
    await panel.getByTestId('capture').click();
    const list = panel.getByTestId('draft-list');
    await list.waitFor();
    expect((await list.textContent()) ?? '').toBe(firstCapture);
    // The extension's isolated world keeps the engine; the page's own world has no trace of it.
    const tabId = await tabIdFor(eb, site.url());
    const kept = await eb.worker.evaluate(async (target) => {
      const api = (
        globalThis as unknown as {
          chrome: {
            scripting: {
              executeScript(o: object): Promise<{ result?: unknown }[]>;
            };
          };
        }
      ).chrome;
      const [found] = await api.scripting.executeScript({
        target: { tabId: target },
        func: () => typeof (globalThis as Record<string, unknown>).__lawfulLeadsCapturePage,
      });
      return found?.result;
    }, tabId);
    expect(kept).toBe('function');
    expect(await site.evaluate(() => '__lawfulLeadsCapturePage' in globalThis)).toBe(false);
  });

  it('shows where each field came from when the salesperson reviews a person', async () => {
    await panel.locator('li', { hasText: 'María García' }).getByTestId('review-draft').click();
    const org = panel.locator('input[name="organization"]');
    expect(await org.inputValue()).toBe('Iberia Logistics S.L.');
    expect(await org.getAttribute('title')).toMatch(/h-card/);
    await panel.getByRole('button', { name: 'Cancel' }).click();
  });

  it('turns a pasted signature block into a draft for review', async () => {
    await panel.getByTestId('paste-signature').locator('summary').click();
    await panel
      .getByTestId('paste-text')
      .fill(
        'Best regards,\nLi Na\nProcurement Director\nHangzhou Silk Imports Co., Ltd.\nli.na@silk-imports.cn\n+86 571 8888 6666',
      );
    await panel.getByTestId('paste-read').click();
    const form = panel.getByTestId('review-form');
    await form.waitFor();
    expect(await form.locator('input[name="name"]').inputValue()).toBe('Li Na');
    expect(await form.locator('textarea[name="emails"]').inputValue()).toBe(
      'li.na@silk-imports.cn',
    );
    expect(await form.locator('textarea[name="phones"]').inputValue()).toBe('+8657188886666');
    expect(await form.locator('input[name="name"]').getAttribute('title')).toMatch(/selection/);
    await panel.screenshot({
      path: join(SCREENSHOTS, 'capture-pasted-signature.png'),
      fullPage: true,
    });
  });
});

describe('Simplified Chinese interface', () => {
  it('shows the side panel in Chinese when the browser language is zh-CN', async () => {
    const zh = await launchWithExtension(undefined, undefined, [
      '--lang=zh-CN',
      '--accept-lang=zh-CN,zh',
    ]);
    try {
      const url = `${pages.origin}/speakers.html`;
      const { panel: zhPanel } = await openSidePanelFor(zh, url);
      await setUpVault(zhPanel, 'capture e2e passphrase');
      expect(await zhPanel.getByTestId('capture').textContent()).toBe('采集此页面上的人员');
      await zhPanel.getByTestId('capture').click();
      await zhPanel.getByTestId('draft-list').waitFor();
      expect(await zhPanel.locator('main').textContent()).toContain('找到 3 人');
      await zhPanel.locator('li', { hasText: '张伟' }).getByTestId('review-draft').click();
      await zhPanel.getByTestId('redaction-preview').waitFor();
      // Jurisdiction reasons and why save is blocked, in Chinese (development mode enforces too).
      const reasons = zhPanel.getByTestId('lb-reasons');
      await expect.poll(() => reasons.textContent()).toContain('电话国家代码 +86 → CN');
      expect(await reasons.textContent()).toContain('电子邮件域名 .cn → CN');
      expect(await zhPanel.getByTestId('save-blocked').textContent()).toContain(
        '合法性基础记录完整之前无法保存',
      );
      const problems = await zhPanel.getByTestId('lb-problems').textContent();
      expect(problems).toContain('开发模式');
      // A rule source named by the background ("Organisation policy, jurisdiction confirmation").
      expect(problems).toContain('组织策略，法域确认');
      expect(await zhPanel.getByTestId('save-lead').isDisabled()).toBe(true);
      await zhPanel.screenshot({
        path: join(SCREENSHOTS, 'capture-zh-review.png'),
        fullPage: true,
      });
    } finally {
      await zh.close();
    }
  });
});
