// The one place the background reads vault settings from: auto-lock idle minutes, retention and
// delivery grace days, alert thresholds and a pinned connector public key, from the policy in force.
// Must never return a setting that weakens the defaults without the policy saying so.
import { DEFAULT_ALERT_THRESHOLDS, type AlertThresholds } from '@src/audit';
import type { JWK } from 'jose';
import { currentPolicy } from './policy-service';

export interface VaultSettings {
  autoLockIdleMinutes: number;
  retentionDays: number;
  deliveryGraceDays: number;
  alertThresholds: AlertThresholds;
  /** The policy's legal hold: while active, the retention sweep deletes nothing. */
  legalHold?: boolean;
  /** Connector public JWK pinned by policy; undefined = development mode (trust on first use). */
  connectorPublicJwk?: JWK & { kid: string };
}

export const DEFAULT_VAULT_SETTINGS: VaultSettings = {
  autoLockIdleMinutes: 15,
  retentionDays: 90,
  deliveryGraceDays: 7,
  alertThresholds: DEFAULT_ALERT_THRESHOLDS,
};

/** The policy in force decides: auto-lock minutes, default retention, failed-unlock alert threshold. */
export async function currentVaultSettings(): Promise<VaultSettings> {
  const { policy } = await currentPolicy();
  return {
    ...DEFAULT_VAULT_SETTINGS,
    autoLockIdleMinutes: policy.vault.autoLockMinutes,
    retentionDays: policy.retention.defaultDays,
    legalHold: policy.retention.legalHold.active,
    alertThresholds: {
      ...DEFAULT_VAULT_SETTINGS.alertThresholds,
      maxConsecutiveFailedUnlocks: policy.alerts.failedUnlockAttempts,
    },
  };
}
