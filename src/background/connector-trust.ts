// Which connector key envelopes are encrypted to: the key pinned by policy (vault settings) or,
// in development mode, the key the connector served the first time (trust on first use), pinned
// in IndexedDB meta. Must never re-pin silently: a pinned key that changes stops delivery.
import * as v from 'valibot';
import type { IDBPDatabase } from 'idb';
import { jwkThumbprintKid } from '@src/vault/envelope';
import type { LawfulLeadsDB } from '@src/vault/db';
import { getMeta, META_KEYS, setMeta } from '@src/vault/meta';
import { fetchConnectorKey, type DeliveryOutcome } from '@src/outbox/deliver';
import { enBackground } from '@src/ui/i18n/en-background';
import { currentVaultSettings } from './vault-settings';

const Coordinate = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/));
const ConnectorJwkSchema = v.object({
  kty: v.literal('EC'),
  crv: v.literal('P-256'),
  x: Coordinate,
  y: Coordinate,
});

export interface TrustedConnectorKey {
  jwk: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
  kid: string;
  source: 'policy' | 'first-use';
}

const PinSchema = v.object({ kid: v.string(), jwk: ConnectorJwkSchema, pinnedAt: v.number() });

export const KEY_CHANGED_ERROR = enBackground.delKeyChanged;

async function describe(raw: unknown): Promise<TrustedConnectorKey['jwk'] & { kid: string }> {
  const parsed = v.parse(ConnectorJwkSchema, raw);
  const jwk = { kty: parsed.kty, crv: parsed.crv, x: parsed.x, y: parsed.y };
  return { ...jwk, kid: await jwkThumbprintKid(jwk) };
}

export async function trustedConnectorKey(
  database: IDBPDatabase<LawfulLeadsDB>,
  endpoint: string,
  /** The key the policy pins for this endpoint's region, when an administrator policy applies. */
  policyKey?: unknown,
): Promise<{ ok: true; key: TrustedConnectorKey } | (DeliveryOutcome & { ok: false })> {
  const pinned = policyKey ?? (await currentVaultSettings()).connectorPublicJwk;
  if (pinned) {
    try {
      const { kid, ...jwk } = await describe(pinned);
      return { ok: true, key: { jwk, kid, source: 'policy' } };
    } catch {
      return { ok: false, retryable: false, error: enBackground.delPolicyKeyUnusable };
    }
  }
  const served = await fetchConnectorKey({ endpoint });
  if (!served.ok) return served;
  let current;
  try {
    current = await describe(served.body);
  } catch {
    return { ok: false, retryable: false, error: enBackground.delServedKeyUnusable };
  }
  const { kid, ...jwk } = current;
  const pin = v.safeParse(PinSchema, await getMeta(database, META_KEYS.connectorPin));
  if (!pin.success) {
    await setMeta(database, META_KEYS.connectorPin, { kid, jwk, pinnedAt: Date.now() });
  } else if (pin.output.kid !== kid) {
    return { ok: false, retryable: false, error: KEY_CHANGED_ERROR, code: 'connector_key_changed' };
  }
  return { ok: true, key: { jwk, kid, source: 'first-use' } };
}
