// Asks the background what the policy will do to the lead being reviewed (debounced as the form changes).
// Must never apply the preview itself: the background re-applies the same rules at save.
import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '@src/messaging/client';
import type { LeadInput } from '@src/messaging/protocol';
import type { PreviewResult } from '@src/messaging/responses';

export function usePreview(lead: LeadInput | undefined, delayMs = 250): PreviewResult | undefined {
  const [preview, setPreview] = useState<PreviewResult>();
  const key = lead ? JSON.stringify([lead.person, lead.lawfulBasis]) : '';
  useEffect(() => {
    if (!lead) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      sendRequest({ type: 'leads.preview', lead })
        .then((result) => current && setPreview(result))
        .catch(() => current && setPreview(undefined));
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return preview;
}
