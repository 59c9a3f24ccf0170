// A salesperson's own preferences merged over the applied policy: they can only make it stricter.
// Must never loosen the base (property-tested with findLoosening); invalid preferences are ignored.
import * as v from 'valibot';
import { PERSON_FIELDS } from '@src/lead/provenance';
import type { PolicyIssue } from './consistency';
import { allowedFields, lawfulBasesFor, own, retentionDays } from './evaluate';
import { toPolicyIssue } from './parse';
import { RedactionRuleSchema, type Policy } from './schema';
import { stricterRule, webmailRank } from './strictness';
import {
  ENTITY_NAME_PATTERN,
  HOST_PATTERN_PATTERN,
  JURISDICTIONS,
  LAWFUL_BASES,
  WEBMAIL_HANDLING,
  type Jurisdiction,
} from './vocabulary';

const hostPattern = v.pipe(v.string(), v.regex(new RegExp(HOST_PATTERN_PATTERN)));
const jurisdiction = v.picklist(JURISDICTIONS);

/** What a user may set. Every entry is optional and each is validated on its own. */
export const UserPrefsSchema = v.object({
  deniedSites: v.optional(v.pipe(v.array(hostPattern), v.maxLength(500))),
  denyUnlistedSites: v.optional(v.boolean()),
  allowedFields: v.optional(v.record(jurisdiction, v.array(v.picklist(PERSON_FIELDS)))),
  lawfulBases: v.optional(
    v.record(jurisdiction, v.record(v.string(), v.array(v.picklist(LAWFUL_BASES)))),
  ),
  redaction: v.optional(
    v.record(v.pipe(v.string(), v.regex(new RegExp(ENTITY_NAME_PATTERN))), RedactionRuleSchema),
  ),
  webmail: v.optional(v.record(jurisdiction, v.picklist(WEBMAIL_HANDLING))),
  webmailDomains: v.optional(v.pipe(v.array(hostPattern), v.maxLength(500))),
  retentionDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  autoLockMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** True: this salesperson never claims notice exemptions (sends every notice). */
  forbidNoticeExemptions: v.optional(v.boolean()),
});
export type UserPrefs = v.InferOutput<typeof UserPrefsSchema>;
type UserPrefKey = keyof UserPrefs;

/** Keeps each valid preference and reports each invalid one (which is then ignored). */
export function parseUserPrefs(input: unknown): { prefs: UserPrefs; issues: PolicyIssue[] } {
  if (input === undefined || input === null) return { prefs: {}, issues: [] };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { prefs: {}, issues: [{ path: [], message: 'User preferences must be an object' }] };
  }
  const prefs: Record<string, unknown> = {};
  const issues: PolicyIssue[] = [];
  const entries = UserPrefsSchema.entries;
  for (const [key, value] of Object.entries(input)) {
    if (!Object.hasOwn(entries, key)) {
      issues.push({ path: [key], message: 'Unknown preference (ignored)' });
      continue;
    }
    const result = v.safeParse(entries[key as UserPrefKey], value);
    if (result.success) prefs[key] = result.output;
    else
      issues.push(
        ...result.issues.map((issue) => {
          const described = toPolicyIssue(issue);
          return { ...described, path: [key, ...described.path] };
        }),
      );
  }
  return { prefs, issues };
}

export function tighten(base: Policy, user: unknown): Policy {
  const { prefs } = parseUserPrefs(user);
  const result = structuredClone(base);
  if (prefs.deniedSites) result.sites.deny = union(base.sites.deny, prefs.deniedSites);
  if (prefs.denyUnlistedSites) result.sites.defaultAction = 'deny';
  if (prefs.webmailDomains) {
    result.sites.webmailDomains = union(base.sites.webmailDomains, prefs.webmailDomains);
  }
  for (const [j, fields] of entriesOf(prefs.allowedFields)) {
    result.minimisation.allowedFields[j] = allowedFields(base, j).filter((f) => fields.includes(f));
  }
  for (const [j, byPurpose] of entriesOf(prefs.lawfulBases)) {
    for (const [purposeId, bases] of Object.entries(byPurpose ?? {})) {
      if (own(own(base.lawfulBases, j), purposeId) === undefined) continue; // nothing allowed: already strictest
      const kept = lawfulBasesFor(base, j, purposeId).filter((basis) => bases.includes(basis));
      result.lawfulBases[j] = { ...result.lawfulBases[j], [purposeId]: kept };
    }
  }
  for (const [entity, rule] of Object.entries(prefs.redaction ?? {})) {
    const existing = own(base.minimisation.redaction, entity);
    result.minimisation.redaction[entity] = existing ? stricterRule(rule, existing) : rule;
  }
  for (const [j, handling] of entriesOf(prefs.webmail)) {
    const current = own(base.sites.webmail, j) ?? base.sites.webmail.UNKNOWN ?? 'block';
    result.sites.webmail[j] = webmailRank(handling) > webmailRank(current) ? handling : current;
  }
  if (prefs.retentionDays !== undefined) {
    const cap = prefs.retentionDays;
    for (const j of JURISDICTIONS) result.retention.days[j] = Math.min(retentionDays(base, j), cap);
    result.retention.defaultDays = Math.min(base.retention.defaultDays, cap);
  }
  if (prefs.autoLockMinutes !== undefined) {
    result.vault.autoLockMinutes = Math.min(base.vault.autoLockMinutes, prefs.autoLockMinutes);
  }
  if (prefs.forbidNoticeExemptions === true) result.notices = { allowExemptionClaims: false };
  return result;
}

function union(base: readonly string[], extra: readonly string[]): string[] {
  return [...new Set([...base, ...extra])];
}

function entriesOf<T>(record: Partial<Record<Jurisdiction, T>> | undefined): [Jurisdiction, T][] {
  return (Object.entries(record ?? {}) as [Jurisdiction, T | undefined][]).filter(
    (entry): entry is [Jurisdiction, T] => entry[1] !== undefined,
  );
}
