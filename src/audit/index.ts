// Public surface of the audit trail: whitelisted events, hash chain, verification, JSONL, alerts.
// Must never export a way to append without schema validation.
export {
  DEFAULT_ALERT_THRESHOLDS,
  evaluateAlerts,
  type AlertThresholds,
  type AuditAlert,
} from './alerts';
export { canonicalJson, CanonicalJsonError } from './canonical-json';
export {
  AUDIT_ALERT_KINDS,
  AUDIT_EVENT_TYPES,
  AUDIT_EXEMPTIONS,
  AUDIT_OUTCOMES,
  AUDIT_REASONS,
  AuditEventInputSchema,
  AuditEventSchema,
  AuditSchemaError,
  OpaqueIdSchema,
  type AuditAlertKind,
  type AuditEvent,
  type AuditEventInput,
  type AuditEventType,
  type AuditReason,
} from './event-schema';
export {
  appendAuditEvent,
  computeEventHash,
  EMPTY_CHAIN_HEAD,
  GENESIS_HASH,
  sha256Hex,
  validateAuditInput,
  type ChainHead,
} from './hash-chain';
export { AUDIT_JSONL_MEDIA_TYPE, exportAuditJsonl, parseAuditJsonl } from './jsonl';
export {
  CHAIN_BREAK_REASONS,
  verifyChain,
  type ChainBreakReason,
  type ChainVerification,
} from './verify-chain';
