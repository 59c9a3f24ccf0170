// Removes local lead copies whose time is up: after the connector confirmed delivery plus the
// grace period, and at the latest at the record's retention end. Runs from a daily alarm and at
// start-up; needs no vault key (it reads only the non-personal index and deletes keys + bodies).
// Must never keep a record past its local expiry, and never decrypt anything.
import { DAY_MS, localExpiry, sweep } from '@src/retention';
import { recordAudit } from './audit-service';
import { db } from './services';
import { createLeadRepository } from '@src/vault/lead-repository';
import { currentVaultSettings } from './vault-settings';

export const SWEEP_ALARM = 'retention.sweep';
export const SWEEP_PERIOD_MINUTES = 24 * 60;

function noKey(): Promise<CryptoKey> {
  return Promise.reject(new Error('The retention sweep never decrypts'));
}

/** Erases expired local copies; returns the erased ids. */
export async function runRetentionSweep(now = Date.now()): Promise<string[]> {
  const repo = createLeadRepository(await db(), noKey);
  const { deliveryGraceDays, legalHold } = await currentVaultSettings();
  if (legalHold) return [];
  const index = await repo.index();
  const expired = sweep(index, now, { graceDays: deliveryGraceDays });
  for (const id of expired) {
    const entry = index.find((e) => e.id === id)!;
    await repo.erase(id);
    const graceEnded =
      entry.deliveredAt !== undefined &&
      entry.deliveredAt + deliveryGraceDays * DAY_MS <= now &&
      localExpiry(entry, deliveryGraceDays) < entry.retentionEnd;
    await recordAudit({
      type: 'erase',
      recordId: id,
      count: 1,
      reason: graceEnded ? 'delivery_grace_elapsed' : 'retention_expired',
    });
  }
  return expired;
}
