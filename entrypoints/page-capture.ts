// On-demand page script, injected with scripting.executeScript under activeTab when the user asks to capture.
// Reads the page and returns drafts; must never message the page, modify it, or run page code.
// The capture engine stays in this extension's isolated world (which the page cannot see) between
// captures of the same tab: a second capture runs the already-compiled, warmed-up engine instead of a
// fresh, cold copy of it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { capturePage } from '@src/capture';

const ENGINE = '__lawfulLeadsCapturePage';

export default defineUnlistedScript(() => {
  try {
    const world = globalThis as typeof globalThis & { [ENGINE]?: typeof capturePage };
    const engine =
      typeof world[ENGINE] === 'function' ? world[ENGINE] : (world[ENGINE] = capturePage);
    return engine(document, location.href);
  } catch {
    return {
      pageUrl: location.href,
      drafts: [],
      diagnostics: [{ code: 'capture-failed', message: 'Capture failed on this page' }],
      pageHints: {},
    };
  }
});
