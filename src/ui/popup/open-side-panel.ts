// Opens the side panel (Chrome, Edge) or the sidebar (Firefox) from a user gesture.
// Must be called synchronously inside the click handler: awaiting first loses the user gesture.
import { browser } from 'wxt/browser';
import { t } from '@src/ui/i18n';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface SidebarApi {
  open(): Promise<void>;
}

export function openSidePanel(windowId: number | undefined): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  // COMPAT(firefox-128): Firefox has no sidePanel API; its sidebar opens with sidebarAction.open().
  if (api.sidePanel && windowId !== undefined) return api.sidePanel.open({ windowId });
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.reject(new Error(t('errNoSidePanel')));
}
