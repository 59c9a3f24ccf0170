// Decides where a lead goes: the policy's connector for its jurisdiction (data residency), or,
// when no administrator policy applies (development mode), the local connector from the options page.
// Must never send a lead the policy keeps local, after a remote wipe, or (when the policy checks
// before delivery) of a person on the suppression list.
import type { JWK } from 'jose';
import type { LeadRecord } from '@src/lead/record';
import { routeFor, type Jurisdiction, type ResolvedPolicy } from '@src/policy';
import { loadSettings } from '@src/settings/store';
import { enBackground } from '@src/ui/i18n/en-background';
import { suppressionFor } from './suppression-store';

export type DeliveryTarget =
  | { deliver: true; endpoint: string; encryptionKey?: JWK }
  | { deliver: false; reason: string; suppressed?: true };

/** Stored as the lead's `lastError` in English; the interface shows it in its own language. */
const HELD_REASONS = {
  'no-route': enBackground.delHeldNoRoute,
  'no-endpoint': enBackground.delHeldNoEndpoint,
  'remote-wipe': enBackground.delHeldRemoteWipe,
  suppressed: enBackground.delHeldSuppressed,
} as const;

export async function deliveryTarget(
  record: LeadRecord,
  resolved: ResolvedPolicy,
): Promise<DeliveryTarget> {
  // A person added to the suppression list after the save is not sent (policy: check before delivery).
  if (
    resolved.policy.suppression.checkBeforeDelivery &&
    (await suppressionFor(record.person, resolved.policy)).suppressed
  ) {
    return { deliver: false, reason: HELD_REASONS.suppressed, suppressed: true };
  }
  if (resolved.source === 'defaults' && !resolved.policy.remoteWipe.requested) {
    return { deliver: true, endpoint: (await loadSettings()).connectorUrl };
  }
  const jurisdiction = (record.compliance?.jurisdiction ?? 'UNKNOWN') as Jurisdiction;
  const route = routeFor(resolved.policy, jurisdiction);
  if (!route.deliver) return { deliver: false, reason: HELD_REASONS[route.reason] };
  // The policy pins the connector's encryption key for this region: no trust on first use.
  return {
    deliver: true,
    endpoint: route.url.replace(/\/+$/, ''),
    encryptionKey: route.encryptionKey,
  };
}
