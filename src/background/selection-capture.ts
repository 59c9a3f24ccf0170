// "Capture selection as lead": a selected or pasted signature block becomes one draft for review.
// Must never read a page without the user's gesture (menu click or paste) or keep drafts outside session storage.
import { browser } from 'wxt/browser';
import { extractFromSelection } from '@src/capture';
import { normalizeDraft } from '@src/capture/normalize';
import { hasIdentity } from '@src/lead/person';
import { RequestError } from '@src/messaging/errors';
import { bilingual } from '@src/ui/i18n/bilingual';
import { ERROR_CODES, type RequestOf } from '@src/messaging/protocol';
import type { CaptureSnapshot } from '@src/messaging/responses';
import { t } from '@src/ui/i18n';
import { recordAudit } from './audit-service';
import { draftsKey } from './capture-handlers';
import { suppressionHitEvent } from './consent-audit';
import { currentPolicy } from './policy-service';
import { withoutSuppressed } from './suppression-store';
import { requireVaultKey } from './vault-key';

export const SELECTION_MENU_ID = 'lawful-leads-capture-selection';

export async function captureSelection(
  request: RequestOf<'capture.selection'>,
): Promise<CaptureSnapshot> {
  await requireVaultKey(); // capturing personal data needs an unlocked vault
  const pageUrl = request.pageUrl ?? (await grantedTabUrl(request.tabId)) ?? 'about:blank';
  const draft = extractFromSelection(request.text, pageUrl);
  const review = draft && normalizeDraft(draft, {}, pageUrl, 'selection');
  if (!review || !hasIdentity(review.person)) {
    throw new RequestError(ERROR_CODES.captureFailed, bilingual('errSelectionEmpty'));
  }
  const { kept, leftOut } = await withoutSuppressed([review], (await currentPolicy()).policy);
  if (leftOut) await recordAudit(suppressionHitEvent(new Date()));
  const snapshot: CaptureSnapshot = {
    tabId: request.tabId,
    capturedAt: new Date().toISOString(),
    drafts: kept,
    diagnostics: [],
    ...(leftOut ? { suppressedLeftOut: true } : {}),
  };
  await browser.storage.session.set({ [draftsKey(request.tabId)]: snapshot });
  return snapshot;
}

export function registerSelectionMenu(): void {
  void browser.contextMenus
    .removeAll()
    .then(() =>
      browser.contextMenus.create({
        id: SELECTION_MENU_ID,
        title: t('captureSelectionMenu'),
        contexts: ['selection'],
      }),
    )
    .catch(() => console.warn('Lawful Leads: the selection menu could not be created'));
}

/** Reads the selection with its line breaks (the menu's selectionText collapses them). */
async function readSelection(tabId: number, fallback: string): Promise<string> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => globalThis.getSelection()?.toString() ?? '',
    });
    const text = result?.result;
    return typeof text === 'string' && text.trim() ? text : fallback;
  } catch {
    return fallback;
  }
}

interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

export function onSelectionMenuClicked(
  info: MenuClick,
  tab: { id?: number; windowId?: number } | undefined,
): void {
  if (info.menuItemId !== SELECTION_MENU_ID || tab?.id === undefined) return;
  const tabId = tab.id;
  // Open the panel first, synchronously, while the click still counts as a user gesture.
  const api = browser as unknown as {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  // COMPAT(firefox-128): Firefox has no sidePanel API; its sidebar opens with sidebarAction.open().
  const opening = api.sidePanel ? api.sidePanel.open({ tabId }) : api.sidebarAction?.open();
  void opening?.catch(() => undefined);
  void readSelection(tabId, info.selectionText ?? '')
    .then((text) =>
      captureSelection({ type: 'capture.selection', tabId, text, pageUrl: safeUrl(info.pageUrl) }),
    )
    .catch(() => console.warn('Lawful Leads: nothing to capture in the selection'));
}

/** The tab's address, visible only while activeTab is granted for it (otherwise undefined). */
async function grantedTabUrl(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return safeUrl(tab?.url);
}

function safeUrl(url: string | undefined): string | undefined {
  try {
    return url && /^https?:/i.test(url) ? new URL(url).href : undefined;
  } catch {
    return undefined;
  }
}
