// Platform-free request/response shapes and the storage port the connector core depends on.
// Must never include request bodies in log fields.
import type { LeadSubmission } from '@src/lead/wire';

export interface ConnectorRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: string;
  /** Set by the adapter when the body exceeded the size limit and was not read. */
  bodyTooLarge?: boolean;
}

export interface ConnectorResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export const INSERT_OUTCOMES = {
  created: 'created',
  duplicate: 'duplicate',
  conflict: 'conflict',
} as const;

export type InsertOutcome = (typeof INSERT_OUTCOMES)[keyof typeof INSERT_OUTCOMES];

export interface StoredLeadMeta {
  id: string;
  receivedAt: string;
}

export interface LeadStore {
  insertLead(lead: LeadSubmission, payloadSha256: string, receivedAt: string): InsertOutcome;
  getLeadMeta(id: string): StoredLeadMeta | undefined;
  isHealthy(): boolean;
}

export interface LogFields {
  [key: string]: string | number | boolean | undefined;
}

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}
