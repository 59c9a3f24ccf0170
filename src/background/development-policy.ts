// Development mode (no administrator policy): the lawful basis is still enforced, but no admin
// restricts the bases, so each jurisdiction offers its own regime's bases (UNKNOWN: the strictest
// common set), and the record names a controller that is plainly "not configured".
// Must never offer a basis the regime does not have, nor invent a real-looking controller.
import {
  JURISDICTION_IDS,
  ruleSetFor,
  type BasisId,
  type ConsentPolicy,
  type ControllerIdentity,
  type JurisdictionId,
} from '@src/consent';

/** ISO 3166 user-assigned code for "unknown"; `.invalid` is reserved (RFC 2606). */
export const DEVELOPMENT_CONTROLLER: ControllerIdentity = Object.freeze({
  name: 'Not configured (development mode: no organisation policy)',
  address: 'Not configured',
  email: 'not-configured@example.invalid',
  country: 'ZZ',
  timeZone: 'UTC',
});

/** Every purpose may use every basis its jurisdiction's regime has. */
export function developmentAllowedBases(
  purposeIds: readonly string[],
): ConsentPolicy['allowedBases'] {
  const out: Partial<Record<JurisdictionId, Record<string, BasisId[]>>> = {};
  for (const jurisdiction of JURISDICTION_IDS) {
    const bases = ruleSetFor(jurisdiction).allowedBases.map((rule) => rule.basis);
    out[jurisdiction] = Object.fromEntries(purposeIds.map((id) => [id, [...bases]]));
  }
  return out;
}

/** The development-mode reference shown with the LIA summary the salesperson writes. */
export const DEVELOPMENT_LIA_REF = 'development-mode:salesperson-summary';
