// Pure questions the other domains ask the policy, so that the rules live in one place.
// Must never loosen what the policy says: unknown or missing entries answer with the strict choice.
import type { PersonField } from '@src/lead/provenance';
import { hostMatches, hostOf } from './hosts';
import type { Policy, PublicJwk, RedactionRule } from './schema';
import type { Jurisdiction, LawfulBasis, WebmailHandling } from './vocabulary';

const DAY_MS = 86_400_000;

/** Own-property lookup: policy keys are admin-written, so never fall through to Object.prototype. */
export function own<T>(record: Partial<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export type SiteDecision =
  | { allowed: true; reason: 'allow-list' | 'default' }
  | { allowed: false; reason: 'deny-list' | 'default' | 'not-http' };

/** Is capture allowed on this page? Deny rules win over allow rules. */
export function evaluateSite(policy: Policy, url: string): SiteDecision {
  const host = hostOf(url);
  if (!host) return { allowed: false, reason: 'not-http' };
  if (policy.sites.deny.some((pattern) => hostMatches(host, pattern))) {
    return { allowed: false, reason: 'deny-list' };
  }
  if (policy.sites.allow.some((pattern) => hostMatches(host, pattern))) {
    return { allowed: true, reason: 'allow-list' };
  }
  return policy.sites.defaultAction === 'allow'
    ? { allowed: true, reason: 'default' }
    : { allowed: false, reason: 'default' };
}

export function isSiteAllowed(policy: Policy, url: string): boolean {
  return evaluateSite(policy, url).allowed;
}

/** Fields that may be kept for a person in this jurisdiction (UNKNOWN's list when not listed). */
export function allowedFields(policy: Policy, jurisdiction: Jurisdiction): readonly PersonField[] {
  const lists = policy.minimisation.allowedFields;
  return own(lists, jurisdiction) ?? lists.UNKNOWN ?? [];
}

/** Lawful bases the administrator allows for this purpose here; empty means "may not process". */
export function lawfulBasesFor(
  policy: Policy,
  jurisdiction: Jurisdiction,
  purposeId: string,
): readonly LawfulBasis[] {
  return own(own(policy.lawfulBases, jurisdiction), purposeId) ?? [];
}

export function isLawfulBasisAllowed(
  policy: Policy,
  jurisdiction: Jurisdiction,
  purposeId: string,
  basis: LawfulBasis,
): boolean {
  return lawfulBasesFor(policy, jurisdiction, purposeId).includes(basis);
}

export type ResolvedOperator =
  | { operator: 'remove' }
  | { operator: 'replace'; replacement: string }
  | { operator: 'mask'; keepLast: number; char: string }
  | { operator: 'hash' };

/** The operator for each entity the policy redacts, with defaults filled in. */
export function redactionOperators(policy: Policy): Record<string, ResolvedOperator> {
  const result: Record<string, ResolvedOperator> = {};
  for (const [entity, rule] of Object.entries(policy.minimisation.redaction)) {
    if (rule) result[entity] = resolveOperator(entity, rule);
  }
  return result;
}

export function resolveOperator(entity: string, rule: RedactionRule): ResolvedOperator {
  switch (rule.operator) {
    case 'replace':
      return { operator: 'replace', replacement: rule.replacement ?? `<${entity}>` };
    case 'mask':
      return { operator: 'mask', keepLast: rule.keepLast ?? 0, char: rule.char ?? '*' };
    case 'hash':
      return { operator: 'hash' };
    default:
      return { operator: 'remove' };
  }
}

export type Route =
  | { deliver: true; region: string; url: string; encryptionKey: PublicJwk }
  | { deliver: false; reason: 'no-route' | 'no-endpoint' | 'remote-wipe' };

/** Where a lead from this jurisdiction goes (data residency); no route means it stays local. */
export function routeFor(policy: Policy, jurisdiction: Jurisdiction): Route {
  if (policy.remoteWipe.requested) return { deliver: false, reason: 'remote-wipe' };
  const region = own(policy.connector.routing, jurisdiction);
  if (region === undefined) return { deliver: false, reason: 'no-route' };
  const endpoint = own(policy.connector.endpoints, region);
  if (!endpoint) return { deliver: false, reason: 'no-endpoint' };
  return { deliver: true, region, url: endpoint.url, encryptionKey: endpoint.encryptionKey };
}

export function retentionDays(policy: Policy, jurisdiction: Jurisdiction): number {
  return own(policy.retention.days, jurisdiction) ?? policy.retention.defaultDays;
}

export type RetentionDecision =
  { held: false; deleteAt: number } | { held: true; deleteAt: null; reason?: string };

/**
 * When a record captured at `capturedAt` (ms) must be deleted. An update never extends an
 * existing record: pass `previousDeleteAt` (the end stamped earlier) and the earlier end wins.
 * A legal hold suspends deletion until it is lifted.
 */
export function retentionEnd(
  policy: Policy,
  jurisdiction: Jurisdiction,
  capturedAt: number,
  previousDeleteAt?: number,
): RetentionDecision {
  const hold = policy.retention.legalHold;
  if (hold.active)
    return { held: true, deleteAt: null, ...(hold.reason ? { reason: hold.reason } : {}) };
  const computed = capturedAt + retentionDays(policy, jurisdiction) * DAY_MS;
  const deleteAt = previousDeleteAt === undefined ? computed : Math.min(computed, previousDeleteAt);
  return { held: false, deleteAt };
}

/** What to do with an email address whose domain is a personal webmail provider. */
export function webmailHandling(
  policy: Policy,
  jurisdiction: Jurisdiction,
  email: string,
): WebmailHandling {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  const isWebmail = policy.sites.webmailDomains.some((pattern) => hostMatches(domain, pattern));
  if (!isWebmail) return 'allow';
  return own(policy.sites.webmail, jurisdiction) ?? policy.sites.webmail.UNKNOWN ?? 'block';
}

export function controllerIdentity(policy: Policy): Policy['controller'] {
  return policy.controller;
}
