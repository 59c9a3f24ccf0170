// Finds the tab the side panel captures from: the one named in its address, else the active tab.
// Must never pick an extension page or a tab from another window.
import { browser } from 'wxt/browser';

export async function resolveTargetTab(search: string): Promise<number | undefined> {
  const fromAddress = Number(new URLSearchParams(search).get('tabId'));
  if (
    Number.isInteger(fromAddress) &&
    fromAddress >= 0 &&
    new URLSearchParams(search).has('tabId')
  ) {
    return fromAddress;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
