// Adapts the administrator's policy (src/policy) to the consent domain's minimal view
// (ConsentPolicy): controller identity, purposes, allowed bases per jurisdiction, retention,
// notice template version and the policy hash. Must never loosen the policy: an unknown basis id
// is dropped, a controller without a country yields no controller (the record then fails).
import { canonicalJson } from '@src/audit/canonical-json';
import {
  DRAFT_FIELDS,
  type BasisId,
  type ConsentPolicy,
  type ControllerIdentity,
  type DraftField,
  type JurisdictionId,
  type PolicyPurpose,
} from '@src/consent';
import type { LawfulBasis, Policy } from '@src/policy';
import { DEVELOPMENT_CONTROLLER, developmentAllowedBases } from './development-policy';

/** Policy basis ids the consent domain does not know, mapped onto its own. */
const BASIS_MAP: Readonly<Record<LawfulBasis, BasisId>> = {
  consent: 'consent',
  contract: 'contract',
  legal_obligation: 'legal_obligation',
  vital_interests: 'vital_interests',
  public_task: 'public_task',
  legitimate_interests: 'legitimate_interests',
  business_contact: 'business_contact',
  pipl_consent: 'consent',
  pipl_separate_consent: 'consent',
};

export function toConsentBasis(basis: LawfulBasis): BasisId {
  return BASIS_MAP[basis];
}

/** True when the policy asks for PIPL separate consent for this jurisdiction and purpose. */
export function requiresSeparateConsent(
  policy: Policy,
  jurisdiction: JurisdictionId,
  purposeId: string,
): boolean {
  return (policy.lawfulBases[jurisdiction]?.[purposeId] ?? []).includes('pipl_separate_consent');
}

export async function policyHash(policy: Policy): Promise<string> {
  // The JSON round trip drops members left `undefined` by optional fields (canonical JSON refuses them).
  const plain = JSON.parse(JSON.stringify(policy)) as unknown;
  const bytes = new TextEncoder().encode(canonicalJson(plain));
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function policyVersionLabel(policy: Policy): string {
  return `${policy.policyId}@${policy.version}`;
}

function controllersOf(policy: Policy): ControllerIdentity[] {
  const c = policy.controller;
  if (c?.country === undefined) return [];
  return [
    {
      name: c.organisation,
      address: c.address,
      email: c.contactEmail,
      country: c.country,
      timeZone: c.timeZone ?? 'UTC',
      ...(c.phone !== undefined ? { phone: c.phone } : {}),
      ...(c.url !== undefined ? { url: c.url } : {}),
      ...(c.dpo !== undefined ? { dpoEmail: c.dpo.email } : {}),
    },
  ];
}

function purposesOf(policy: Policy): PolicyPurpose[] {
  const known = new Set<string>(DRAFT_FIELDS);
  return policy.purposes.map((p) => ({
    id: p.id,
    description: { en: p.description, zh: p.localized?.zh?.description ?? p.description },
    piiCategories: (p.dataCategories ?? []).filter((f): f is DraftField => known.has(f)),
  }));
}

function allowedBasesOf(policy: Policy): ConsentPolicy['allowedBases'] {
  const out: Partial<Record<JurisdictionId, Record<string, BasisId[]>>> = {};
  for (const [jurisdiction, byPurpose] of Object.entries(policy.lawfulBases)) {
    const mapped: Record<string, BasisId[]> = {};
    for (const [purposeId, bases] of Object.entries(byPurpose ?? {})) {
      mapped[purposeId] = [...new Set((bases ?? []).map(toConsentBasis))];
    }
    out[jurisdiction as JurisdictionId] = mapped;
  }
  return out;
}

/** Retention the policy allows for this jurisdiction (its own entry, else the default). */
export function retentionDaysFor(policy: Policy, jurisdiction: JurisdictionId): number {
  return policy.retention.days[jurisdiction] ?? policy.retention.defaultDays;
}

export function controllerTimeZone(policy: Policy): string {
  return policy.controller?.timeZone ?? 'UTC';
}

/**
 * `development`: no administrator policy applies; the regime's own bases are offered and the
 * record names a controller that is plainly not configured (the basis is enforced all the same).
 */
export async function toConsentPolicy(
  policy: Policy,
  jurisdiction: JurisdictionId,
  options: { development?: boolean } = {},
): Promise<ConsentPolicy> {
  const label = policyVersionLabel(policy);
  const development = options.development === true;
  return {
    version: label,
    hash: await policyHash(policy),
    ...(policy.controller?.url !== undefined ? { url: policy.controller.url } : {}),
    controllers: development ? [DEVELOPMENT_CONTROLLER] : controllersOf(policy),
    purposes: purposesOf(policy),
    allowedBases: development
      ? developmentAllowedBases(policy.purposes.map((p) => p.id))
      : allowedBasesOf(policy),
    retentionDays: retentionDaysFor(policy, jurisdiction),
    // The policy's minimisation decides special categories; with blocking on, none are allowed.
    allowSpecialCategories: !policy.minimisation.blockSpecialCategories,
    noticeTemplateVersion: label,
  };
}
