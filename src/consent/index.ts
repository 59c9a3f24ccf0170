// Public surface of the consent domain (lawful basis, jurisdiction, receipts, notices,
// suppression). Pure: no extension APIs, no Node built-ins, no I/O.
export * from './ids';
export type * from './rule-set';
export {
  REGIMES,
  KNOWN_REGIMES,
  STRICTEST_REGIME,
  ruleSetFor,
  EEA_COUNTRIES,
  OTHER_US_STATE_LAWS,
} from './regimes/index';
export { toAlpha2, countryOfHost, regimeOfCountry } from './countries';
export type { LeadDraft, DraftField } from './lead-draft';
export { DRAFT_FIELDS } from './lead-draft';
export {
  inferJurisdiction,
  type InferenceReason,
  type JurisdictionInference,
} from './infer-jurisdiction';
export { SIGNAL_WEIGHTS, SIGNAL_KINDS, type SignalKind } from './infer-signals';
export {
  REASON_CODES,
  REASON_TEMPLATES_EN,
  describeReason,
  type ReasonCode,
  type ReasonParams,
} from './reason-codes';
export {
  decideJurisdiction,
  unconfirmedDecision,
  type JurisdictionDecision,
} from './jurisdiction-decision';
export {
  normalizeEmail,
  normalizePhone,
  normalizeProfileUrl,
  normalizeIdentifier,
  type IdentifierKind,
} from './identifiers';
export {
  fromBase64Url,
  importHmacKey,
  importSuppressionKey,
  keyedIdentifierHash,
  pseudonymousSubjectId,
  toBase64Url,
} from './keyed-hash';
export {
  checkSuppression,
  suppressionEntry,
  SUPPRESSED_MESSAGE,
  type SuppressionList,
  type SuppressionResult,
} from './suppression';
export * from './receipt-schema';
export { receiptHash, canonicalReceiptJson } from './receipt-hash';
export {
  signReceipt,
  verifyReceipt,
  ReceiptSigningError,
  RECEIPT_JWS_TYPE,
  type VerifyResult,
  type VerifyFailure,
} from './receipt-sign';
export type { ConsentPolicy, ControllerIdentity, PolicyPurpose } from './policy-input';
export { offeredBases, policyBasesFor } from './offered-bases';
export { assessLead, type AssessLeadInput, type Assessment, type Problem } from './assess-lead';
export { PROBLEM_CODES, PROBLEM_TEMPLATES, type ProblemCode, type Severity } from './problems';
export {
  buildLawfulBasisRecord,
  type BuildReceiptInput,
  type BuildReceiptResult,
  type PurposeChoice,
} from './build-receipt';
export * from './notice-clock';
export { createNoticeRecordForReceipt } from './notice-for-receipt';
export { renderNoticeText } from './notice-text';
export { BASIS_LABELS, FIELD_LABELS, TRANSFER_LABELS } from './labels';
export {
  addCalendarMonths,
  endOfLocalDay,
  wallTimeAt,
  instantOfWallTime,
  isValidTimeZone,
} from './zoned-time';
