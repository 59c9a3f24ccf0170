// Public surface of the policy domain: schema, defaults, evaluation, merging, resolution, signing.
// Must never import extension APIs or Node built-ins: the background adapter injects all I/O.
export * from './vocabulary';
export { PolicySchema, PublicJwkSchema, RedactionRuleSchema } from './schema';
export type { Policy, PublicJwk, RedactionRule } from './schema';
export { DEFAULT_POLICY, DEFAULT_PERSONAL_WEBMAIL_DOMAINS } from './defaults';
export { parsePolicy, formatPath, type PolicyParseResult } from './parse';
export type { PolicyIssue } from './consistency';
export * from './evaluate';
export { hostMatches, hostOf } from './hosts';
export { findLoosening, isRuleAtLeastAsStrict, stricterRule, type Loosening } from './strictness';
export { tighten, parseUserPrefs, UserPrefsSchema, type UserPrefs } from './tighten';
export * from './bundle';
export * from './problems';
export { readManagedStorage, MANAGED_KEYS, type ManagedReading } from './managed';
export {
  readLastKnownGood,
  canonicalJson,
  type LastKnownGood,
  type PolicySource,
} from './last-known-good';
export {
  resolvePolicy,
  lastKnownGoodFrom,
  type ResolveInput,
  type ResolvedPolicy,
} from './resolve';
export * from './loader';
export {
  chromeSchemaRuleViolations,
  validateAgainstChromeSchema,
  type ChromeSchema,
  type SchemaFinding,
} from './managed-schema-check';
export { auditEventsFor, type AuditDecision } from './loader-audit';
export {
  settingsView,
  policyHeaderView,
  type SettingView,
  type PolicyHeaderView,
} from './settings-view';
