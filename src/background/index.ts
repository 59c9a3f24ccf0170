// Background start-up: registers every listener synchronously, on every worker start.
// Must never await before registering listeners, or keep state only in memory.
import { browser } from 'wxt/browser';
import { countRefusal } from '@src/messaging/refusals';
import { createMessageListener, type Handlers } from '@src/messaging/router';
import { exportAudit, verifyAudit } from './audit-handlers';
import { lastCapture, runCapture } from './capture-handlers';
import { markLeadNoticeSent, noticeText, verifyLeadReceipt } from './consent-handlers';
import { markLeadContacted } from './notice-contact';
import { claimLeadNoticeExemption } from './notice-exemption';
import { getPolicyView } from './policy-handlers';
import { checkOverdueNotices } from './notice-alerts';
import { refreshSuppressionList } from './suppression-refresh';
import { POLICY_POLL_ALARM, startPolicyWatch } from './policy-service';
import {
  captureSelection,
  onSelectionMenuClicked,
  registerSelectionMenu,
} from './selection-capture';
import { eraseLead, listLeads, previewLead, retryLead, saveLead } from './lead-handlers';
import { runRetentionSweep, SWEEP_ALARM, SWEEP_PERIOD_MINUTES } from './retention-sweep';
import { getStatus } from './status-handler';
import {
  AUTO_LOCK_ALARM,
  changeVaultPassphrase,
  checkAutoLock,
  lockVault,
  recordBrowserClosedLock,
  setUpVault,
  unlock,
  vaultStatus,
} from './vault-handlers';

export const handlers: Handlers = {
  'capture.run': runCapture,
  'capture.drafts': lastCapture,
  'capture.selection': captureSelection,
  'leads.save': saveLead,
  'leads.preview': previewLead,
  'leads.list': listLeads,
  'policy.get': getPolicyView,
  'leads.retry': retryLead,
  'leads.erase': eraseLead,
  'status.get': getStatus,
  'vault.status': vaultStatus,
  'vault.setup': setUpVault,
  'vault.unlock': unlock,
  'vault.lock': () => lockVault('manual'),
  'vault.changePassphrase': changeVaultPassphrase,
  'audit.verify': verifyAudit,
  'audit.export': exportAudit,
  'receipt.verify': verifyLeadReceipt,
  'notices.markSent': markLeadNoticeSent,
  'notices.markContacted': markLeadContacted,
  'notices.claimExemption': claimLeadNoticeExemption,
  'notices.text': noticeText,
};

function logFailure(job: string) {
  return () => console.error(`Lawful Leads: ${job} failed`);
}

async function ensureSweepAlarm(): Promise<void> {
  if (!(await browser.alarms.get(SWEEP_ALARM))) {
    await browser.alarms.create(SWEEP_ALARM, {
      delayInMinutes: 1,
      periodInMinutes: SWEEP_PERIOD_MINUTES,
    });
  }
}

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
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void checkAutoLock().catch(logFailure('auto-lock'));
    if (alarm.name === SWEEP_ALARM) void runRetentionSweep().catch(logFailure('retention sweep'));
    if (alarm.name === POLICY_POLL_ALARM) {
      void refreshSuppressionList().catch(logFailure('suppression list refresh'));
    }
    if (alarm.name === SWEEP_ALARM || alarm.name === POLICY_POLL_ALARM) {
      void checkOverdueNotices().catch(logFailure('overdue notice check'));
    }
  });
  browser.runtime.onStartup.addListener(() => {
    void recordBrowserClosedLock().catch(logFailure('start-up audit'));
    void runRetentionSweep().catch(logFailure('retention sweep'));
  });
  void ensureSweepAlarm().catch(logFailure('sweep alarm'));
  void refreshSuppressionList().catch(logFailure('suppression list refresh'));
}
