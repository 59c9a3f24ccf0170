// Background start-up: registers every listener synchronously, on every worker start.
// Must never await before registering listeners, or keep state only in memory.
import { browser } from 'wxt/browser';
import { countRefusal } from '@src/messaging/refusals';
import { createMessageListener, type Handlers } from '@src/messaging/router';
import { lastCapture, runCapture } from './capture-handlers';
import { listLeads, previewLead, retryLead, saveLead } from './lead-handlers';
import { getPolicyView } from './policy-handlers';
import { startPolicyWatch } from './policy-service';
import {
  captureSelection,
  onSelectionMenuClicked,
  registerSelectionMenu,
} from './selection-capture';
import { getStatus } from './status-handler';

export const handlers: Handlers = {
  'capture.run': runCapture,
  'capture.drafts': lastCapture,
  'capture.selection': captureSelection,
  'leads.save': saveLead,
  'leads.preview': previewLead,
  'leads.list': listLeads,
  'policy.get': getPolicyView,
  'leads.retry': retryLead,
  'status.get': getStatus,
};

export function startBackground(): void {
  const listener = createMessageListener({
    runtimeId: browser.runtime.id,
    handlers,
    onRefused: (reason) => countRefusal(browser.storage.local, reason),
    onHandlerError: (type) => console.error(`Lawful Leads: handler for ${type} failed`),
  });
  // webextension-polyfill sends the resolved value of a returned promise as the response.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener(listener);
  browser.runtime.onInstalled.addListener(registerSelectionMenu);
  browser.contextMenus.onClicked.addListener(onSelectionMenuClicked);
  startPolicyWatch();
}
