// Runs capture in a tab the user granted (activeTab) and keeps the drafts in session storage.
// Must never inject without a user gesture, or keep drafts anywhere but memory-only session storage.
import { browser } from 'wxt/browser';
import { checkPageResult } from '@src/capture/page-result-schema';
import { normalizeDraft } from '@src/capture/normalize';
import { hasIdentity } from '@src/lead/person';
import { evaluateSite } from '@src/policy';
import { currentPolicy } from './policy-service';
import { RequestError } from '@src/messaging/errors';
import { bilingual } from '@src/ui/i18n/bilingual';
import { ERROR_CODES, type RequestOf } from '@src/messaging/protocol';
import type { CaptureSnapshot } from '@src/messaging/responses';
import { recordAudit } from './audit-service';
import { suppressionHitEvent } from './consent-audit';
import { withoutSuppressed } from './suppression-store';
import { requireVaultKey } from './vault-key';

export const PAGE_CAPTURE_SCRIPT = '/page-capture.js';

export function draftsKey(tabId: number): string {
  return `capture.drafts.${tabId}`;
}

async function assertSiteAllowed(url: string | undefined): Promise<void> {
  if (!url) return;
  const { policy } = await currentPolicy();
  const decision = evaluateSite(policy, url);
  if (!decision.allowed && decision.reason !== 'not-http') {
    throw new RequestError(ERROR_CODES.siteDenied, bilingual('errCaptureSiteDenied'));
  }
}

export async function runCapture(request: RequestOf<'capture.run'>): Promise<CaptureSnapshot> {
  await requireVaultKey(); // capturing personal data needs an unlocked vault
  // activeTab makes the granted tab's address visible: check the site before reading anything.
  const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
  await assertSiteAllowed(tab?.url);
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({
      target: { tabId: request.tabId },
      files: [PAGE_CAPTURE_SCRIPT],
    });
  } catch {
    throw new RequestError(ERROR_CODES.captureFailed, bilingual('errPageUnreadable'));
  }
  const checked = checkPageResult(results[0]?.result);
  if (!checked) throw new RequestError(ERROR_CODES.captureFailed, bilingual('errCaptureResult'));
  const sourceUrl = checked.pageUrl;
  await assertSiteAllowed(sourceUrl);
  const found = checked.drafts
    .map((draft, index) => normalizeDraft(draft, checked.pageHints, sourceUrl, `d${index}`))
    .filter((draft) => hasIdentity(draft.person));
  // People who objected or were erased are never offered for review (one value-free audit event).
  const { kept: drafts, leftOut } = await withoutSuppressed(found, (await currentPolicy()).policy);
  if (leftOut) await recordAudit(suppressionHitEvent(new Date()));
  const diagnostics = [...checked.diagnostics];
  if (checked.rejectedDrafts > 0) {
    diagnostics.push({
      code: 'drafts-rejected',
      message: `${checked.rejectedDrafts} malformed entries were ignored`,
    });
  }
  const snapshot: CaptureSnapshot = {
    tabId: request.tabId,
    capturedAt: new Date().toISOString(),
    drafts,
    diagnostics,
    ...(leftOut ? { suppressedLeftOut: true } : {}),
  };
  await browser.storage.session.set({ [draftsKey(request.tabId)]: snapshot });
  await recordAudit({ type: 'capture', count: drafts.length });
  return snapshot;
}

export async function lastCapture(
  request: RequestOf<'capture.drafts'>,
): Promise<CaptureSnapshot | null> {
  await requireVaultKey();
  const key = draftsKey(request.tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as CaptureSnapshot | undefined) ?? null;
}
