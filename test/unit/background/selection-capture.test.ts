import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { lastCapture } from '@src/background/capture-handlers';
import {
  captureSelection,
  onSelectionMenuClicked,
  registerSelectionMenu,
  SELECTION_MENU_ID,
} from '@src/background/selection-capture';
import { unlockedVault } from './helpers';

const SIGNATURE =
  'Grace Hopper\nChief Technology Officer\nMeridian Analytics Ltd\ngrace.hopper@meridian-analytics.co.uk\n+44 20 7946 0123';

beforeEach(async () => {
  await unlockedVault();
  (browser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn() };
  Object.assign(browser as unknown as Record<string, unknown>, {
    sidePanel: { open: vi.fn(() => Promise.resolve()) },
  });
  vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  vi.spyOn(browser.contextMenus, 'create').mockReturnValue(SELECTION_MENU_ID);
});

describe('capture selection', () => {
  it('turns a signature block into one normalised draft for the tab', async () => {
    const snapshot = await captureSelection({
      type: 'capture.selection',
      tabId: 4,
      text: SIGNATURE,
      pageUrl: 'https://meridian-analytics.co.uk/contact',
    });
    expect(snapshot.drafts).toHaveLength(1);
    expect(snapshot.drafts[0]!.person).toMatchObject({
      name: 'Grace Hopper',
      emails: ['grace.hopper@meridian-analytics.co.uk'],
      phones: ['+442079460123'],
    });
    expect(snapshot.drafts[0]!.provenance.emails?.[0]?.method).toBe('selection');
    expect(await lastCapture({ type: 'capture.drafts', tabId: 4 })).toEqual(snapshot);
  });

  it('says clearly when the selection holds no person', async () => {
    await expect(
      captureSelection({
        type: 'capture.selection',
        tabId: 4,
        text: 'Our opening hours are 9 to 5.',
      }),
    ).rejects.toThrow(/No name, email or phone/);
    expect(await lastCapture({ type: 'capture.drafts', tabId: 4 })).toBeNull();
  });

  it('registers the selection menu item on install', async () => {
    const create = vi.mocked(browser.contextMenus.create);
    registerSelectionMenu();
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith(
        expect.objectContaining({ id: SELECTION_MENU_ID, contexts: ['selection'] }),
      ),
    );
  });

  it('opens the side panel and reads the selection with its line breaks when the menu is clicked', async () => {
    vi.mocked(browser.scripting.executeScript).mockResolvedValue([
      { result: SIGNATURE, frameId: 0, documentId: 'd' },
    ] as never);
    onSelectionMenuClicked(
      {
        menuItemId: SELECTION_MENU_ID,
        selectionText: SIGNATURE.replace(/\n/g, ' '),
        pageUrl: 'https://meridian-analytics.co.uk/contact',
      },
      { id: 9, windowId: 1 },
    );
    expect(
      (browser as unknown as { sidePanel: { open: ReturnType<typeof vi.fn> } }).sidePanel.open,
    ).toHaveBeenCalledWith({ tabId: 9 });
    await vi.waitFor(async () =>
      expect(
        (await lastCapture({ type: 'capture.drafts', tabId: 9 }))?.drafts[0]?.person.name,
      ).toBe('Grace Hopper'),
    );
  });

  it('ignores other menu items and clicks without a tab', async () => {
    onSelectionMenuClicked({ menuItemId: 'other' }, { id: 9 });
    onSelectionMenuClicked({ menuItemId: SELECTION_MENU_ID, selectionText: SIGNATURE }, undefined);
    await new Promise((r) => setTimeout(r, 10));
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
  });
});
