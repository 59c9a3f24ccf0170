// Compares two policies for strictness: lists every way a candidate is looser than a base.
// Used to prove tightening-only merges and to flag loosening in audits. Must never mutate inputs.
import { allowedFields, lawfulBasesFor, own, retentionDays, routeFor } from './evaluate';
import type { Policy, RedactionRule } from './schema';
import {
  JURISDICTIONS,
  REDACTION_OPERATORS,
  WEBMAIL_HANDLING,
  type WebmailHandling,
} from './vocabulary';

export interface Loosening {
  path: string;
  message: string;
}

export function operatorRank(rule: RedactionRule): number {
  return REDACTION_OPERATORS.indexOf(rule.operator);
}

/** True when `candidate` reveals no more than `base` does. */
export function isRuleAtLeastAsStrict(candidate: RedactionRule, base: RedactionRule): boolean {
  const difference = operatorRank(candidate) - operatorRank(base);
  if (difference !== 0) return difference > 0;
  if (candidate.operator === 'mask') return (candidate.keepLast ?? 0) <= (base.keepLast ?? 0);
  return true;
}

export function stricterRule(a: RedactionRule, b: RedactionRule): RedactionRule {
  return isRuleAtLeastAsStrict(a, b) ? a : b;
}

export function webmailRank(handling: WebmailHandling): number {
  return WEBMAIL_HANDLING.indexOf(handling);
}

function effectiveWebmail(policy: Policy, jurisdiction: (typeof JURISDICTIONS)[number]) {
  return own(policy.sites.webmail, jurisdiction) ?? policy.sites.webmail.UNKNOWN ?? 'block';
}

export function findLoosening(base: Policy, candidate: Policy): Loosening[] {
  const found: Loosening[] = [];
  const add = (path: string, message: string) => found.push({ path, message });
  const purposeIds = new Set([
    ...Object.values(base.lawfulBases).flatMap((byPurpose) => Object.keys(byPurpose ?? {})),
    ...Object.values(candidate.lawfulBases).flatMap((byPurpose) => Object.keys(byPurpose ?? {})),
  ]);
  for (const jurisdiction of JURISDICTIONS) {
    for (const purposeId of purposeIds) {
      const allowed = lawfulBasesFor(base, jurisdiction, purposeId);
      for (const basis of lawfulBasesFor(candidate, jurisdiction, purposeId)) {
        if (!allowed.includes(basis)) {
          add(`lawfulBases.${jurisdiction}.${purposeId}`, `adds lawful basis "${basis}"`);
        }
      }
    }
    const fields = allowedFields(base, jurisdiction);
    for (const field of allowedFields(candidate, jurisdiction)) {
      if (!fields.includes(field)) {
        add(`minimisation.allowedFields.${jurisdiction}`, `allows field "${field}"`);
      }
    }
    if (
      webmailRank(effectiveWebmail(candidate, jurisdiction)) <
      webmailRank(effectiveWebmail(base, jurisdiction))
    ) {
      add(`sites.webmail.${jurisdiction}`, 'handles personal webmail more loosely');
    }
    if (retentionDays(candidate, jurisdiction) > retentionDays(base, jurisdiction)) {
      add(`retention.days.${jurisdiction}`, 'keeps records longer');
    }
    const baseRoute = routeFor(base, jurisdiction);
    const candidateRoute = routeFor(candidate, jurisdiction);
    if (
      candidateRoute.deliver &&
      (!baseRoute.deliver ||
        baseRoute.url !== candidateRoute.url ||
        JSON.stringify(baseRoute.encryptionKey) !== JSON.stringify(candidateRoute.encryptionKey))
    ) {
      add(`connector.routing.${jurisdiction}`, 'sends leads somewhere the base does not');
    }
  }
  for (const [entity, rule] of Object.entries(base.minimisation.redaction)) {
    const other = own(candidate.minimisation.redaction, entity);
    if (rule && (!other || !isRuleAtLeastAsStrict(other, rule))) {
      add(`minimisation.redaction.${entity}`, 'redacts less');
    }
  }
  if (base.minimisation.blockSpecialCategories && !candidate.minimisation.blockSpecialCategories) {
    add('minimisation.blockSpecialCategories', 'no longer blocks special categories');
  }
  if (base.sites.defaultAction === 'deny' && candidate.sites.defaultAction === 'allow') {
    add('sites.defaultAction', 'allows unlisted sites');
  }
  for (const pattern of candidate.sites.allow) {
    if (!base.sites.allow.includes(pattern)) add('sites.allow', `allows "${pattern}"`);
  }
  for (const pattern of base.sites.deny) {
    if (!candidate.sites.deny.includes(pattern)) add('sites.deny', `no longer denies "${pattern}"`);
  }
  for (const domain of base.sites.webmailDomains) {
    if (!candidate.sites.webmailDomains.includes(domain)) {
      add('sites.webmailDomains', `no longer treats "${domain}" as personal webmail`);
    }
  }
  if (candidate.vault.autoLockMinutes > base.vault.autoLockMinutes) {
    add('vault.autoLockMinutes', 'locks the vault later');
  }
  for (const key of ['failedUnlockAttempts', 'outboxBacklog', 'deliveryDelayHours'] as const) {
    if (candidate.alerts[key] > base.alerts[key]) add(`alerts.${key}`, 'alerts later');
  }
  if (base.suppression.checkBeforeDelivery && !candidate.suppression.checkBeforeDelivery) {
    add('suppression.checkBeforeDelivery', 'no longer checks the suppression list');
  }
  const candidateEntries = new Set(candidate.suppression.entries ?? []);
  if ((base.suppression.entries ?? []).some((entry) => !candidateEntries.has(entry))) {
    add('suppression.entries', 'drops people from the suppression list');
  }
  if (
    base.suppression.hashKey !== undefined &&
    candidate.suppression.hashKey !== base.suppression.hashKey
  ) {
    add('suppression.hashKey', 'changes the key the suppression list is hashed with');
  }
  if (
    base.notices?.allowExemptionClaims === false &&
    candidate.notices?.allowExemptionClaims !== false
  ) {
    add('notices.allowExemptionClaims', 'allows notice exemption claims');
  }
  if (base.remoteWipe.requested && !candidate.remoteWipe.requested) {
    add('remoteWipe.requested', 'cancels a requested wipe');
  }
  return found;
}
