// End to end: an EU person is captured under the Acme policy; save is refused until a lawful basis
// the policy allows is chosen with its LIA; the stored record's signed receipt verifies.
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

const ACME = JSON.parse(readFileSync('examples/policy/acme-policy.json', 'utf8')) as {
  policyId: string;
  version: number;
  connector: Record<string, unknown>;
};
// No route: leads stay on this device (nothing leaves the machine in tests).
const POLICY = { ...ACME, connector: { ...ACME.connector, routing: {} } };

let session: ManagedSession;
let eb: ExtensionBrowser;
let pages: PageServer;

beforeAll(async () => {
  session = await startManagedSession(POLICY, 'lawful basis e2e passphrase');
  ({ eb, pages } = session);
});

afterAll(async () => {
  await session?.close();
});

/** The saved leads, decrypted by the background (IndexedDB itself holds only sealed records). */
async function storedLeads(page: Page): Promise<Record<string, unknown>[]> {
  const reply = await sendToBackground(page, { type: 'leads.list' });
  return reply.data as Record<string, unknown>[];
}

/** Captures the German team page and opens Jana Becker (an EU person) for review. */
async function reviewJanaBecker(): Promise<{ page: Page; panel: Page }> {
  const opened = await openSidePanelFor(eb, `${pages.origin}/de-team.html`);
  await opened.panel.getByTestId('capture').click();
  await opened.panel
    .locator('li', { hasText: 'Jana Becker' })
    .getByTestId('review-draft')
    .first()
    .click();
  return opened;
}

describe('lawful basis before saving', () => {
  it('refuses an EU lead without a basis, then saves it with legitimate interests and an LIA', async () => {
    const options = await extensionPage(eb, 'options.html');
    await expect
      .poll(
        async () =>
          (
            (await sendToBackground(options, { type: 'policy.get' })).data as
              { header: { source: string } } | undefined
          )?.header.source,
        { timeout: 30_000 },
      )
      .toBe('managed');
    await options.close();

    const { page, panel } = await reviewJanaBecker();
    await panel.getByTestId('review-form').waitFor();

    // Inferred jurisdiction and why; save blocked with the exact reasons.
    const section = panel.getByTestId('lawful-basis');
    await expect.poll(() => section.getByTestId('lb-inferred').textContent()).toContain('EU');
    expect(await section.getByTestId('lb-reasons').textContent()).toMatch(/DE/);
    const problems = section.getByTestId('lb-problems');
    await expect.poll(() => problems.textContent()).toContain('lawful basis');
    expect(await problems.textContent()).toContain('Confirm or change');
    expect(await problems.textContent()).toContain('Art. 6(1)(f)');
    expect(await panel.getByTestId('save-lead').isDisabled()).toBe(true);
    await panel.screenshot({ path: join(SCREENSHOTS, 'lawful-basis-blocked.png'), fullPage: true });

    // The background refuses too (the UI is not the gate).
    const form = await panel.evaluate(() => {
      const value = (name: string) =>
        document.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '';
      return { name: value('name'), emails: value('emails') };
    });
    const refused = await sendToBackground(panel, {
      type: 'leads.save',
      lead: {
        sourceUrl: `${pages.origin}/de-team.html`,
        person: { name: form.name, emails: [form.emails.trim()], phones: [], urls: [] },
        provenance: {},
      },
    });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('blocked');
    expect(refused.error?.message).toContain('lawful basis');

    // Confirm EU, choose the purpose, legitimate interests and the approved LIA.
    await section.getByTestId('lb-jurisdiction').selectOption('EU');
    await section.getByTestId('lb-purpose').selectOption('sales_prospecting');
    await section.getByTestId('lb-basis-legitimate_interests').waitFor();
    expect(await section.locator('input[name="lb-basis"]').count()).toBe(1);
    await section.getByTestId('lb-basis-legitimate_interests').check();
    await expect.poll(() => problems.textContent()).toContain('Legitimate interests');
    await section.getByTestId('lb-lia').selectOption('lia_b2b_prospecting');
    await expect
      .poll(() => section.getByTestId('lb-lia-summary').textContent())
      .toContain('B2B prospecting of business contacts');
    await section.getByTestId('lb-ready').waitFor();
    expect(await section.getByTestId('lb-notice-due').textContent()).toMatch(/Art\. 14/);
    await expect.poll(() => panel.getByTestId('save-lead').isDisabled()).toBe(false);
    await panel.screenshot({ path: join(SCREENSHOTS, 'lawful-basis-ready.png'), fullPage: true });
    await panel.getByTestId('save-lead').click();

    const saved = panel.locator('[data-testid="saved-leads"] li', { hasText: 'Jana Becker' });
    await expect
      .poll(() => saved.getByTestId('delivery-state').textContent())
      .toBe('Kept on this device');

    // The stored record carries the signed receipt and its hash; the receipt verifies.
    const records = await storedLeads(panel);
    expect(records).toHaveLength(1);
    const record = records[0] as {
      id: string;
      receipt: { jws: string; hash: string; receiptId: string };
      notice: { status: { state: string }; dueAt: string };
    };
    expect(record.receipt.jws.split('.')).toHaveLength(3);
    expect(record.notice.status.state).toBe('pending');
    const verified = await sendToBackground(panel, { type: 'receipt.verify', id: record.id });
    expect(verified).toMatchObject({
      ok: true,
      data: {
        valid: true,
        hash: record.receipt.hash,
        storedHash: record.receipt.hash,
        receiptId: record.receipt.receiptId,
      },
    });
    const payload = JSON.parse(
      Buffer.from(record.receipt.jws.split('.')[1]!, 'base64url').toString('utf8'),
    ) as { jurisdiction: { id: string; method: string }; purposes: { basis: string }[] };
    expect(payload.jurisdiction).toMatchObject({ id: 'EU', method: 'confirmed' });
    expect(payload.purposes[0]?.basis).toBe('legitimate_interests');
    expect(record.receipt.jws).not.toContain('jana');

    // Notices due: copy as plain text, then mark as sent.
    const notice = panel.getByTestId('notice-item');
    await notice.waitFor();
    await panel.screenshot({
      path: join(SCREENSHOTS, 'lawful-basis-notices-due.png'),
      fullPage: true,
    });
    // Capture what is written to the clipboard (headless Chromium has no system clipboard).
    await panel.evaluate(() => {
      const w = globalThis as unknown as { copied: unknown[] };
      w.copied = [];
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: (text: unknown) => (w.copied.push(text), Promise.resolve()) },
      });
    });
    await notice.getByTestId('notice-copy').click();
    await expect
      .poll(() => panel.evaluate(() => (globalThis as unknown as { copied: unknown[] }).copied))
      .toHaveLength(1);
    const copied = await panel.evaluate(
      () => (globalThis as unknown as { copied: unknown[] }).copied[0],
    );
    expect(typeof copied).toBe('string');
    expect(copied).toContain('Acme GmbH');
    expect(copied).toContain('legitimate');
    expect(copied).not.toMatch(/<[a-z]/i);
    // The salesperson wrote to her before sending the notice: it was due by then (Art. 14(3)(b)).
    await notice.getByTestId('notice-mark-contacted').click();
    await notice.getByTestId('notice-contacted').waitFor();
    await expect.poll(() => notice.getByTestId('notice-mark-contacted').count()).toBe(0);
    await notice.getByTestId('notice-channel').selectOption('email');
    await notice.getByTestId('notice-mark-sent').click();
    await expect.poll(() => panel.getByTestId('notice-item').count()).toBe(0);
    const after = (await storedLeads(panel))[0] as {
      notice: {
        status: { state: string; channel: string; late: boolean };
        firstCommunicationAt?: string;
        trigger: string;
      };
    };
    expect(after.notice.status).toMatchObject({ state: 'sent', channel: 'email', late: true });
    expect(after.notice.trigger).toBe('first-communication');
    expect(after.notice.firstCommunicationAt).toBeDefined();
    await panel.close();
    await page.close();
  });

  it('claims an Art. 14(5)(b) exemption with a reason: the notice leaves the due list', async () => {
    const { page, panel } = await reviewJanaBecker();
    await chooseApprovedLiaBasis(panel, 'EU');
    await panel.getByTestId('save-lead').click();

    const notice = panel.getByTestId('notice-item');
    await notice.waitFor();
    await notice.getByTestId('notice-exempt-open').click();
    const form = notice.getByTestId('notice-exempt-form');
    const options = await form
      .getByTestId('notice-exempt-code')
      .locator('option')
      .allTextContents();
    expect(options.join('\n')).toContain('Art. 14(5)(b)');
    expect(options.join('\n')).toContain('Art. 14(5)(c)');
    await form.getByTestId('notice-exempt-code').selectOption('disproportionate_effort');
    expect(await form.getByTestId('notice-exempt-submit').isDisabled()).toBe(true);
    await form
      .getByTestId('notice-exempt-reason')
      .fill('Only a published work address; a letter would be disproportionate effort.');
    await panel.screenshot({
      path: join(SCREENSHOTS, 'lawful-basis-notice-exemption.png'),
      fullPage: true,
    });
    await form.getByTestId('notice-exempt-submit').click();
    await expect.poll(() => panel.getByTestId('notice-item').count()).toBe(0);
    const records = (await storedLeads(panel)) as {
      notice: { status: { state: string; code?: string; reference?: { article: string } } };
    }[];
    expect(records.map((r) => r.notice.status.state).sort()).toEqual(['exemption-claimed', 'sent']);
    const claimed = records.find((r) => r.notice.status.state === 'exemption-claimed');
    expect(claimed?.notice.status).toMatchObject({
      code: 'disproportionate_effort',
      reference: { article: 'Art. 14(5)(b)' },
    });
    const trail = (await sendToBackground(panel, { type: 'audit.export' })).data as {
      jsonl: string;
    };
    expect(trail.jsonl).toContain('"type":"notice_exempted"');
    expect(trail.jsonl).not.toContain('disproportionate effort');
    expect(trail.jsonl).not.toContain('Jana');
    await panel.close();
    await page.close();
  });
});
