// On-demand page script, injected with scripting.executeScript under activeTab when the user asks to capture.
// Reads the page and returns drafts; must never message the page, modify it, or run page code.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { capturePage } from '@src/capture';

export default defineUnlistedScript(() => {
  try {
    return capturePage(document, location.href);
  } catch {
    return {
      pageUrl: location.href,
      drafts: [],
      diagnostics: [{ code: 'capture-failed', message: 'Capture failed on this page' }],
      pageHints: {},
    };
  }
});
