// The stored lead record and its delivery state.
// Must never gain a delivery state outside DELIVERY_STATES (the UI and the outbox switch on it).
import type { NoticeRecord } from '@src/consent';
import type { Person, ProvenanceMap } from './person';

export const DELIVERY_STATES = {
  pending: 'pending',
  delivered: 'delivered',
  failed: 'failed',
  /** Kept on this device: the policy gives this jurisdiction no delivery route. */
  held: 'held',
} as const;

export type DeliveryState = (typeof DELIVERY_STATES)[keyof typeof DELIVERY_STATES];

export interface Delivery {
  state: DeliveryState;
  attempts: number;
  lastAttemptAt?: string;
  deliveredAt?: string;
  /** A value-free reason such as "connector unreachable" or "HTTP 422: person.emails.0: Invalid email". */
  lastError?: string;
}

/** What the policy did to the lead: stamped on every record (values never included). */
export interface ComplianceStamp {
  policyId: string;
  policyVersion: number;
  policySource: string;
  jurisdiction: string;
  redactions: { entity: string; field: string; operator: string }[];
}

export interface LeadRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  capturedAt: string;
  sourceUrl: string;
  person: Person;
  provenance: ProvenanceMap;
  delivery: Delivery;
  compliance?: ComplianceStamp;
  /** The signed lawful-basis record (JWS) and its SHA-256, absent in development mode. */
  receipt?: { jws: string; hash: string; receiptId: string };
  /** The duty-to-inform clock for this lead (GDPR Art. 14 and equivalents). */
  notice?: NoticeRecord;
}
