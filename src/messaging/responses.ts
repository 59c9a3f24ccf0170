// What each request returns: the single map from request type to response data.
// Must never expose decrypted secrets or keys in a response.
import type { ReviewDraft } from '@src/capture/normalize';
import type { LocalizedText } from '@src/consent';
import type { CaptureDiagnostic } from '@src/capture/types';
import type { Person } from '@src/lead/person';
import type { LeadRecord } from '@src/lead/record';
import type { PolicyHeaderView, SettingView } from '@src/policy';
import type { RequestType } from './protocol';
import type {
  JurisdictionReasonView,
  LawfulBasisView,
  NoticeTextView,
  ReceiptVerification,
} from './consent-responses';

export interface CaptureSnapshot {
  tabId: number;
  capturedAt: string;
  drafts: ReviewDraft[];
  diagnostics: CaptureDiagnostic[];
  /** True when people on the organisation's suppression list were left out (nothing else said). */
  suppressedLeftOut?: boolean;
}

export interface StatusReport {
  connectorUrl: string;
  /** `policy`: an organisation policy routes leads per region; the local address is not used. */
  connector: 'ok' | 'unreachable' | 'policy';
  leads: { total: number; pending: number; delivered: number; failed: number };
  refusedMessages: number;
}

export interface PreviewResult {
  person: Person;
  jurisdiction: string;
  jurisdictionReasons: JurisdictionReasonView[];
  redactions: { entity: string; field: string; operator: string }[];
  /** `message` is the English text; `text` the same in every interface language. */
  blocked?: { code: string; categories: string[]; message: string; text: LocalizedText };
  policy: { policyId: string; version: number; source: string };
  lawfulBasis?: LawfulBasisView;
}

/** A policy setting's label and value in every interface language. */
export interface SettingText {
  label: LocalizedText;
  value: LocalizedText;
}

export interface PolicyView {
  header: PolicyHeaderView;
  /** `label` and `value` in English; `text` (when known) in every interface language. */
  settings: (SettingView & { text?: SettingText })[];
  problems: { code: string; severity: string; message: string; path?: string }[];
  /** True when an administrator's policy applies: the connector address is theirs, not the options page's. */
  connectorManaged: boolean;
  /** False when the policy or the salesperson's stricter settings forbid notice exemption claims. */
  noticeExemptionsAllowed: boolean;
}

export interface VaultStatus {
  state: 'new' | 'locked' | 'unlocked';
  minPassphraseLength: number;
  /** Milliseconds before the next unlock attempt is allowed (0 = now). */
  retryAfterMs: number;
}

export type AuditVerification =
  { ok: true; count: number; headHash: string } | { ok: false; index: number; reason: string };

export interface AuditExport {
  /** JSON Lines, one canonical event per line (no personal data). */
  jsonl: string;
  count: number;
}

export interface ResponseMap {
  'capture.run': CaptureSnapshot;
  'capture.drafts': CaptureSnapshot | null;
  'capture.selection': CaptureSnapshot;
  'leads.save': LeadRecord;
  'leads.preview': PreviewResult;
  'leads.list': LeadRecord[];
  'policy.get': PolicyView;
  'leads.retry': LeadRecord;
  'leads.erase': { erased: boolean };
  'status.get': StatusReport;
  'vault.status': VaultStatus;
  'vault.setup': VaultStatus;
  'vault.unlock': VaultStatus;
  'vault.lock': VaultStatus;
  'vault.changePassphrase': VaultStatus;
  'audit.verify': AuditVerification;
  'audit.export': AuditExport;
  'receipt.verify': ReceiptVerification;
  'notices.markSent': LeadRecord;
  'notices.markContacted': LeadRecord;
  'notices.claimExemption': LeadRecord;
  'notices.text': NoticeTextView;
}

export type ResponseData<T extends RequestType> = ResponseMap[T];
