// Overdue duty-to-inform notices (GDPR Art. 14 and equivalents) raise an alert: a browser
// notification and an `alert` audit event (`notices_overdue`, with the count), at most once a day.
// Runs from the existing alarms only while the vault is unlocked and not idle (notices live inside
// the sealed records), and never counts as user activity. Must never put a name, an id of a person
// or any other personal data in the notification or the event: the count only.
import { overdueNotices } from '@src/consent';
import { createLeadRepository } from '@src/vault/lead-repository';
import { showAlertNotification } from './audit-service';
import { auditStore, db } from './services';
import { currentVaultKey, isIdle } from './vault-key';

const DAY_MS = 86_400_000;

/** Checks the saved leads; returns how many notices are overdue (0 when locked or idle). */
export async function checkOverdueNotices(now = Date.now()): Promise<number> {
  const key = await currentVaultKey();
  if (key === undefined || (await isIdle(now))) return 0;
  // A repository whose key read does not refresh the activity clock (an alarm is not the user).
  const leads = await createLeadRepository(await db(), () => Promise.resolve(key)).list();
  const overdue = overdueNotices(
    leads.flatMap((lead) => (lead.notice ? [lead.notice] : [])),
    new Date(now),
  );
  if (overdue.length === 0) return 0;
  const store = await auditStore();
  const recent = await store.since(now - DAY_MS);
  const raised = recent.some((e) => e.type === 'alert' && e.alertKind === 'notices_overdue');
  if (!raised) {
    await store.append({ type: 'alert', alertKind: 'notices_overdue', count: overdue.length }, now);
    await showAlertNotification('notices_overdue', now);
  }
  return overdue.length;
}
