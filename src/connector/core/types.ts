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

/** `revoked`: an administrator revoked this key; it cannot enrol again. */
export type EnrolOutcome = 'created' | 'existing' | 'conflict' | 'revoked';

export interface StoredDevice {
  kid: string;
  /** The device's public JWK as JSON text. */
  publicJwk: string;
  status: 'approved' | 'revoked';
}

/** What the connector keeps of an opened envelope, for replay protection (no lead contents). */
export interface EnvelopeReceipt {
  jti: string;
  iat: number;
  deviceKid: string;
}

export interface LeadStore {
  insertLead(lead: LeadSubmission, payloadSha256: string, receivedAt: string): InsertOutcome;
  /** Stores the lead and remembers the envelope id atomically; `replayed` if the id was seen. */
  receiveEnvelopeLead(
    lead: LeadSubmission,
    payloadSha256: string,
    receivedAt: string,
    receipt: EnvelopeReceipt,
  ): InsertOutcome | 'replayed';
  isEnvelopeSeen(jti: string): boolean;
  /** Forgets envelope ids issued before `iat` (such envelopes are refused as expired anyway). */
  pruneSeenEnvelopes(beforeIat: number): number;
  enrolDevice(kid: string, publicJwk: string, enrolledAt: string): EnrolOutcome;
  getDevice(kid: string): StoredDevice | undefined;
  getLeadMeta(id: string): StoredLeadMeta | undefined;
  isHealthy(): boolean;
}

/** The suppression list: keyed hashes (`hmac-sha256:…`) of people who objected or were erased. */
export interface SuppressionStore {
  /** Adds entries (keyed hashes only, else RangeError); returns how many were new. */
  add(entries: readonly string[], at: string): number;
  list(): string[];
}

export interface LogFields {
  [key: string]: string | number | boolean | undefined;
}

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export interface ConnectorKey {
  /** For opening envelopes; never serialised. */
  privateKey: CryptoKey;
  publicJwk: Record<string, unknown> & { kid: string };
  kid: string;
}
