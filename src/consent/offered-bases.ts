// Which lawful bases the salesperson may pick for a purpose in a jurisdiction: the regime's
// bases that the admin policy also allows. For UNKNOWN without an explicit policy entry, only
// the bases the policy allows in every jurisdiction it lists for the purpose (strictest).
// Must never offer a basis the regime does not have.
import type { BasisId, JurisdictionId } from './ids';
import type { ConsentPolicy } from './policy-input';
import { ruleSetFor } from './regimes/index';
import type { BasisRule } from './rule-set';

export function policyBasesFor(
  policy: ConsentPolicy,
  jurisdiction: JurisdictionId,
  purposeId: string,
): readonly BasisId[] {
  const direct = policy.allowedBases[jurisdiction]?.[purposeId];
  if (direct !== undefined || jurisdiction !== 'UNKNOWN') return direct ?? [];
  const lists = Object.values(policy.allowedBases)
    .map((byPurpose) => byPurpose?.[purposeId])
    .filter((list): list is readonly BasisId[] => list !== undefined);
  if (lists.length === 0) return [];
  return lists.reduce((acc, list) => acc.filter((basis) => list.includes(basis)));
}

export function offeredBases(
  policy: ConsentPolicy,
  jurisdiction: JurisdictionId,
  purposeId: string,
): readonly BasisRule[] {
  const allowed = new Set(policyBasesFor(policy, jurisdiction, purposeId));
  return ruleSetFor(jurisdiction).allowedBases.filter((rule) => allowed.has(rule.basis));
}
