// Keeps the side panel's capture in step with session storage (e.g. after "Capture selection as lead").
// Must never read another tab's drafts.
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CaptureSnapshot } from '@src/messaging/responses';

export function useSnapshotUpdates(
  tabId: number | undefined,
  onSnapshot: (snapshot: CaptureSnapshot | null) => void,
): void {
  useEffect(() => {
    if (tabId === undefined) return undefined;
    const key = `capture.drafts.${tabId}`;
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) {
        onSnapshot((changes[key]?.newValue as CaptureSnapshot | undefined) ?? null);
      }
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [tabId]);
}
