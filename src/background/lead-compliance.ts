// Applies the policy in force to a reviewed lead before anything is stored or sent:
// site rules, jurisdiction, field minimisation, redaction and the special-category block.
// Must never let a value the policy removes reach storage or the network, or log any value.
import * as v from 'valibot';
import { inferJurisdiction } from '@src/consent';
import { EmailSchema, PhoneSchema, UrlSchema, type Person } from '@src/lead/person';
import type { JurisdictionReasonView } from '@src/messaging/consent-responses';
import type { LeadInput } from '@src/messaging/protocol';
import {
  allowedFields,
  evaluateSite,
  redactionOperators,
  type Jurisdiction,
  type ResolvedPolicy,
} from '@src/policy';
import { minimiseRecord, type RedactionLogEntry } from '@src/redact';
import { toReasonView } from './lawful-basis-view';
import { tenantHmacKey } from './tenant-key';

export interface ComplianceOutcome {
  person: Person;
  jurisdiction: Jurisdiction;
  /** Value-free reasons (codes and parameters), e.g. "phone country code +44 → GB". */
  jurisdictionReasons: JurisdictionReasonView[];
  redactions: RedactionLogEntry[];
  blocked?: { code: 'site-denied' | 'special-category'; categories: string[] };
  policy: { policyId: string; version: number; source: ResolvedPolicy['source'] };
}

const LIST_SCHEMAS = { emails: EmailSchema, phones: PhoneSchema, urls: UrlSchema } as const;

/** Values a rule turned into something else (a mask, a pseudonym) no longer fit the field: drop them. */
function keepValidListItems(person: Record<string, unknown>, log: RedactionLogEntry[]): void {
  for (const [field, schema] of Object.entries(LIST_SCHEMAS)) {
    const values = Array.isArray(person[field]) ? (person[field] as string[]) : [];
    const valid = values.filter((value) => v.safeParse(schema, value).success);
    if (valid.length < values.length) {
      log.push({ entity: 'INVALID_AFTER_REDACTION', field, operator: 'remove' });
    }
    person[field] = valid;
  }
}

export async function applyCompliance(
  input: LeadInput,
  resolved: ResolvedPolicy,
): Promise<ComplianceOutcome> {
  const { policy } = resolved;
  const stamp = { policyId: resolved.policyId, version: resolved.version, source: resolved.source };
  const inference = inferJurisdiction({ ...input.person, pageUrl: input.sourceUrl });
  // The salesperson's confirmed or overriding jurisdiction (recorded in the receipt) governs.
  const jurisdiction = input.lawfulBasis?.jurisdiction ?? inference.jurisdiction;
  const jurisdictionReasons = inference.reasons.map(toReasonView);
  const site = evaluateSite(policy, input.sourceUrl);
  if (!site.allowed && site.reason !== 'not-http') {
    return {
      person: { emails: [], phones: [], urls: [] },
      jurisdiction,
      jurisdictionReasons,
      redactions: [],
      blocked: { code: 'site-denied', categories: [] },
      policy: stamp,
    };
  }
  const result = await minimiseRecord(input.person, {
    allowedFields: allowedFields(policy, jurisdiction),
    rules: redactionOperators(policy),
    hmacKey: await tenantHmacKey(),
  });
  const person = { ...result.record } as Record<string, unknown>;
  const redactions = [...result.log];
  keepValidListItems(person, redactions);
  const blocked =
    result.blocked && policy.minimisation.blockSpecialCategories
      ? { code: 'special-category' as const, categories: result.blocked.categories }
      : undefined;
  return {
    person: person as Person,
    jurisdiction,
    jurisdictionReasons,
    redactions,
    ...(blocked ? { blocked } : {}),
    policy: stamp,
  };
}
