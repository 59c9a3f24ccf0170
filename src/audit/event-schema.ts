// The audit event schema: a strict whitelist of fields that can only hold ids, counts, enums,
// timestamps and hashes — never personal data or free text. Unknown fields are rejected.
// Must never gain a free-text field; error messages must never echo rejected values.

import * as v from 'valibot';

export const AUDIT_EVENT_TYPES = [
  'unlock',
  'unlock_failed',
  'lock',
  'capture',
  'edit',
  'redaction',
  'save',
  'send',
  'delivered',
  'export',
  'erase',
  'policy_applied',
  'notice_sent',
  /** A duty-to-inform exemption was claimed (its code as `exemption`; the written reason stays with the lead). */
  'notice_exempted',
  'suppression_hit',
  /** The suppression list was refreshed (`count` entries). */
  'suppression_updated',
  'alert',
  'wipe',
] as const;
export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

export const AUDIT_REASONS = [
  'wrong_passphrase',
  'locked_out',
  'idle',
  'manual',
  'browser_closed',
  'user_request',
  'retention_expired',
  'delivery_grace_elapsed',
  'data_subject_request',
  'objection',
  'policy_change',
  'legal_hold',
  'connector_rejected',
  'network_error',
  'duplicate',
] as const;
export type AuditReason = (typeof AUDIT_REASONS)[number];

export const AUDIT_ALERT_KINDS = [
  'captures_per_hour',
  'exports_per_day',
  'failed_unlocks',
  'notices_overdue',
] as const;

/** Notice exemption codes the regimes list (src/consent/regimes): an enum, never free text. */
export const AUDIT_EXEMPTIONS = [
  'already_informed',
  'disproportionate_effort',
  'required_by_law',
  'professional_secrecy',
  'business_contact',
  'purpose_published',
  'reasonable_not_to_notify',
  'other',
] as const;
export type AuditAlertKind = (typeof AUDIT_ALERT_KINDS)[number];

export const AUDIT_OUTCOMES = ['ok', 'failed'] as const;

/** 64 lower-case hex characters (SHA-256). */
export const HashSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

/**
 * Opaque ids only: a UUID, a ULID, or 16–64 lower-case hex characters. Names, emails, phone
 * numbers and other free text cannot match.
 */
export const OpaqueIdSchema = v.pipe(
  v.string(),
  v.regex(
    /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9A-HJKMNP-TV-Z]{26}|[0-9a-f]{16,64})$/,
  ),
);

const countSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(1_000_000_000));
const epochMsSchema = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** The fields a caller may supply (besides type); everything optional, nothing free-form. */
const payloadEntries = {
  type: v.picklist(AUDIT_EVENT_TYPES),
  /** Id of the record/lead concerned. */
  recordId: v.optional(OpaqueIdSchema),
  /** Envelope jti (send/delivered). */
  envelopeId: v.optional(OpaqueIdSchema),
  /** Device key thumbprint (RFC 7638, base64url SHA-256). */
  deviceKid: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/))),
  policyId: v.optional(OpaqueIdSchema),
  /** ISO 3166-1 alpha-2 (optionally with a subdivision), e.g. "DE", "US-CA". */
  jurisdiction: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/))),
  count: v.optional(countSchema),
  threshold: v.optional(countSchema),
  reason: v.optional(v.picklist(AUDIT_REASONS)),
  outcome: v.optional(v.picklist(AUDIT_OUTCOMES)),
  alertKind: v.optional(v.picklist(AUDIT_ALERT_KINDS)),
  exemption: v.optional(v.picklist(AUDIT_EXEMPTIONS)),
  /** SHA-256 of a ciphertext or envelope — never of a plaintext personal value. */
  digest: v.optional(HashSchema),
};

export const AuditEventInputSchema = v.strictObject({
  ...payloadEntries,
  /** Epoch ms; defaults to the `now` passed to appendAuditEvent. */
  at: v.optional(epochMsSchema),
});
export type AuditEventInput = v.InferInput<typeof AuditEventInputSchema>;

export const AuditEventSchema = v.strictObject({
  ...payloadEntries,
  seq: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  at: epochMsSchema,
  prevHash: HashSchema,
  hash: HashSchema,
});
export type AuditEvent = v.InferOutput<typeof AuditEventSchema>;

/** Names of the fields the schemas know; only these may appear in error messages. */
const KNOWN_FIELDS = new Set<string>([...Object.keys(AuditEventSchema.entries)]);

/** Thrown when an event is refused; lists offending field names, never values. */
export class AuditSchemaError extends Error {
  override readonly name = 'AuditSchemaError';
  readonly fields: readonly string[];
  constructor(fields: readonly string[]) {
    super(`Audit event refused: invalid or disallowed fields [${fields.join(', ')}]`);
    this.fields = fields;
  }
}

/** Field names for the issues of a failed parse (unknown keys reported as "<unknown field>"). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  const fields = new Set<string>();
  for (const issue of issues) {
    const key = issue.path?.[0]?.key;
    if (typeof key === 'string' && KNOWN_FIELDS.has(key)) fields.add(key);
    else if (issue.path === undefined) fields.add('<event>');
    else fields.add('<unknown field>');
  }
  return [...fields];
}
