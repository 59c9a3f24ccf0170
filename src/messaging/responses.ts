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

export interface ResponseMap {
  'capture.run': CaptureSnapshot;
  'capture.drafts': CaptureSnapshot | null;
  'leads.save': LeadRecord;
  'leads.list': LeadRecord[];
  'leads.retry': LeadRecord;
  'status.get': StatusReport;
}

export type ResponseData<T extends RequestType> = ResponseMap[T];
