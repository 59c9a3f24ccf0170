// The one place the background reads vault settings from: auto-lock idle minutes, retention and
// delivery grace days, alert thresholds and a pinned connector public key. Defaults for now; the
// enterprise policy will be wired in here.
// Must never return a setting that weakens the defaults without the policy saying so.
import { DEFAULT_ALERT_THRESHOLDS, type AlertThresholds } from '@src/audit';
import type { JWK } from 'jose';

export interface VaultSettings {
  autoLockIdleMinutes: number;
  retentionDays: number;
  deliveryGraceDays: number;
  alertThresholds: AlertThresholds;
  /** Connector public JWK pinned by policy; undefined = development mode (trust on first use). */
  connectorPublicJwk?: JWK & { kid: string };
}

export const DEFAULT_VAULT_SETTINGS: VaultSettings = {
  autoLockIdleMinutes: 15,
  retentionDays: 90,
  deliveryGraceDays: 7,
  alertThresholds: DEFAULT_ALERT_THRESHOLDS,
};

export async function currentVaultSettings(): Promise<VaultSettings> {
  return Promise.resolve({ ...DEFAULT_VAULT_SETTINGS });
}
