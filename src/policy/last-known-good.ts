// The last policy that was valid and applied, kept so a missing, late or broken source never loosens.
// Must never be written from the built-in defaults or from user preferences (administrator policies only).
import * as v from 'valibot';
import { parsePolicy } from './parse';
import type { Policy } from './schema';

export const POLICY_SOURCES = ['managed', 'bundle', 'last-known-good', 'defaults'] as const;
export type PolicySource = (typeof POLICY_SOURCES)[number];
export type AdminSource = 'managed' | 'bundle';

export interface LastKnownGood {
  policy: Policy;
  source: AdminSource;
  signer?: string;
  appliedAt: number;
  /** The compact JWS the policy came from (bundles only): re-fetching it is not a replay. */
  bundleJws?: string;
}

const StoredSchema = v.object({
  policy: v.unknown(),
  source: v.picklist(['managed', 'bundle']),
  signer: v.optional(v.string()),
  appliedAt: v.pipe(v.number(), v.finite()),
  bundleJws: v.optional(v.string()),
});

export function readLastKnownGood(stored: unknown): LastKnownGood | null {
  const envelope = v.safeParse(StoredSchema, stored);
  if (!envelope.success) return null;
  const parsed = parsePolicy(envelope.output.policy);
  if (!parsed.ok) return null;
  const { signer, bundleJws } = envelope.output;
  return {
    policy: parsed.policy,
    source: envelope.output.source,
    appliedAt: envelope.output.appliedAt,
    ...(signer !== undefined ? { signer } : {}),
    ...(bundleJws !== undefined ? { bundleJws } : {}),
  };
}

export function samePolicy(a: Policy, b: Policy): boolean {
  return (
    a.policyId === b.policyId && a.version === b.version && canonicalJson(a) === canonicalJson(b)
  );
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
