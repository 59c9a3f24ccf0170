// Reports the extension's state for the popup and side panel: connector health and lead counts.
// Must never include personal data: counts and the configured connector address only (read from
// the non-personal lead index, so it works while the vault is locked).
import { browser } from 'wxt/browser';
import { readRefusals, REFUSALS_KEY } from '@src/messaging/refusals';
import type { StatusReport } from '@src/messaging/responses';
import { loadSettings } from '@src/settings/store';
import { currentPolicy } from './policy-service';
import { leadRepository } from './services';

async function connectorHealth(url: string): Promise<StatusReport['connector']> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(3_000) });
    return response.ok ? 'ok' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

export async function getStatus(): Promise<StatusReport> {
  const { connectorUrl } = await loadSettings();
  const managed = (await currentPolicy()).source !== 'defaults';
  const [records, connector, stored] = await Promise.all([
    (await leadRepository()).index(),
    managed ? Promise.resolve('policy' as const) : connectorHealth(connectorUrl),
    browser.storage.local.get(REFUSALS_KEY),
  ]);
  const count = (state: string) => records.filter((r) => r.deliveryState === state).length;
  return {
    connectorUrl,
    connector,
    leads: {
      total: records.length,
      pending: count('pending'),
      delivered: count('delivered'),
      failed: count('failed'),
    },
    refusedMessages: readRefusals(stored[REFUSALS_KEY]).total,
  };
}
