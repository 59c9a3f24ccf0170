// Records audit events for background actions and raises threshold alerts (captures per hour,
// exports per day, failed unlocks; overdue notices come from notice-alerts) as a browser
// notification plus an `alert` audit event.
// Must never put personal data in an event or a notification: ids, counts and kinds only.
import { browser } from 'wxt/browser';
import {
  evaluateAlerts,
  type AuditAlertKind,
  type AuditEvent,
  type AuditEventInput,
} from '@src/audit';
import { translator, uiLocale, type Locale } from '@src/ui/i18n';
import type { MessageKey } from '@src/ui/i18n/en';
import { auditStore } from './services';
import { currentVaultSettings } from './vault-settings';

const DAY_MS = 86_400_000;
const ALERTING_TYPES = new Set<string>(['capture', 'export', 'unlock_failed']);

const ALERT_KEYS = {
  captures_per_hour: 'alertCapturesPerHour',
  exports_per_day: 'alertExportsPerDay',
  failed_unlocks: 'alertFailedUnlocks',
  notices_overdue: 'alertNoticesOverdue',
} as const satisfies Record<AuditAlertKind, MessageKey>;

/** An alert's fixed text in the browser's language (the worker shares the interface's). */
export function alertText(kind: AuditAlertKind, locale: Locale = uiLocale): string {
  return translator(locale)(ALERT_KEYS[kind]);
}

export async function recordAudit(input: AuditEventInput, now = Date.now()): Promise<AuditEvent> {
  const store = await auditStore();
  const event = await store.append(input, now);
  if (ALERTING_TYPES.has(event.type)) await raiseAlerts(now);
  return event;
}

async function raiseAlerts(now: number): Promise<void> {
  const store = await auditStore();
  const { alertThresholds } = await currentVaultSettings();
  // failed_unlocks looks back to the last unlock; a day of history covers the usual cases.
  const recent = await store.since(now - DAY_MS);
  for (const alert of evaluateAlerts(recent, alertThresholds, now)) {
    await store.append(
      { type: 'alert', alertKind: alert.kind, count: alert.observed, threshold: alert.limit },
      now,
    );
    await showAlertNotification(alert.kind, now);
  }
}

/** A browser notification for an alert: its kind's fixed text only, never data. */
export async function showAlertNotification(kind: AuditAlertKind, now: number): Promise<void> {
  try {
    await browser.notifications.create(`lawful-leads-alert-${kind}-${now}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: 'Lawful Leads',
      message: alertText(kind),
    });
  } catch {
    console.warn('Lawful Leads: an alert notification could not be shown');
  }
}
