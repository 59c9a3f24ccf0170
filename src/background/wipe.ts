// Remote wipe (for the enterprise policy): crypto-shreds everything the vault holds — every
// record's data key, every sealed body, the vault header, the device keys and pinned keys — and
// locks. The audit trail (no personal data) is kept and records the wipe.
// Must never leave a wrapped data key or the vault header behind.
import { recordAudit } from './audit-service';
import { db } from './services';
import { dropVaultKey } from './vault-key';
import { META_KEYS } from '@src/vault/meta';

export async function wipeVault(): Promise<{ shredded: number }> {
  const database = await db();
  await dropVaultKey();
  const tx = database.transaction(['recordKeys', 'leads', 'keys', 'meta'], 'readwrite');
  const shredded = await tx.objectStore('recordKeys').count();
  await Promise.all([
    tx.objectStore('recordKeys').clear(),
    tx.objectStore('leads').clear(),
    tx.objectStore('keys').clear(),
    tx.objectStore('meta').delete(META_KEYS.vaultHeader),
    tx.objectStore('meta').delete(META_KEYS.lockout),
    tx.objectStore('meta').delete(META_KEYS.connectorPin),
    tx.objectStore('meta').delete(META_KEYS.enrolments),
  ]);
  await tx.done;
  await recordAudit({ type: 'wipe', count: shredded, reason: 'policy_change' });
  return { shredded };
}
