// What each request returns: the single map from request type to response data.
// Must never expose decrypted secrets or keys in a response.
import type { ReviewDraft } from '@src/capture/normalize';
import type { CaptureDiagnostic } from '@src/capture/types';
import type { LeadRecord } from '@src/lead/record';
import type { RequestType } from './protocol';

export interface CaptureSnapshot {
  tabId: number;
  capturedAt: string;
  drafts: ReviewDraft[];
  diagnostics: CaptureDiagnostic[];
}

export interface StatusReport {
  connectorUrl: string;
  connector: 'ok' | 'unreachable';
  leads: { total: number; pending: number; delivered: number; failed: number };
  refusedMessages: number;
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
  'leads.save': LeadRecord;
  'leads.list': LeadRecord[];
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
}

export type ResponseData<T extends RequestType> = ResponseMap[T];
