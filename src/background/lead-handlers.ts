// Saves reviewed leads, lists them, and delivers them to the connector, recording the outcome.
// Must never save a lead that fails validation, or lose a saved lead when delivery fails.
import { hasIdentity } from '@src/lead/person';
import { DELIVERY_STATES, type LeadRecord } from '@src/lead/record';
import { RequestError } from '@src/messaging/errors';
import { ERROR_CODES, type RequestOf } from '@src/messaging/protocol';
import { deliverLead } from '@src/outbox/deliver';
import type { PreviewResult } from '@src/messaging/responses';
import { deliveryTarget } from './delivery-target';
import { applyCompliance } from './lead-compliance';
import { currentPolicy } from './policy-service';
import { leadRepository } from './services';

const BLOCK_MESSAGES = {
  'site-denied': 'Your organisation’s policy does not allow leads from this site.',
  'special-category':
    'The lead contains special-category data (such as health or religion). Remove it before saving.',
} as const;

export async function previewLead(request: RequestOf<'leads.preview'>): Promise<PreviewResult> {
  const outcome = await applyCompliance(request.lead, await currentPolicy());
  return {
    person: outcome.person,
    jurisdiction: outcome.jurisdiction,
    jurisdictionReasons: outcome.jurisdictionReasons,
    redactions: outcome.redactions,
    policy: outcome.policy,
    ...(outcome.blocked
      ? { blocked: { ...outcome.blocked, message: BLOCK_MESSAGES[outcome.blocked.code] } }
      : {}),
  };
}

export async function saveLead(request: RequestOf<'leads.save'>): Promise<LeadRecord> {
  const { lead } = request;
  if (!hasIdentity(lead.person)) {
    throw new RequestError(ERROR_CODES.invalid, 'A lead needs a name, an email or a phone number.');
  }
  const resolved = await currentPolicy();
  const outcome = await applyCompliance(lead, resolved);
  if (outcome.blocked) {
    throw new RequestError(ERROR_CODES.blocked, BLOCK_MESSAGES[outcome.blocked.code]);
  }
  if (!hasIdentity(outcome.person)) {
    throw new RequestError(
      ERROR_CODES.blocked,
      'After your organisation’s minimisation rules nothing identifies this person; nothing was saved.',
    );
  }
  const now = new Date().toISOString();
  const record: LeadRecord = {
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    capturedAt: lead.capturedAt ?? now,
    sourceUrl: lead.sourceUrl,
    person: outcome.person,
    provenance: Object.fromEntries(
      Object.entries(lead.provenance).filter(([field]) => field in outcome.person),
    ),
    delivery: { state: DELIVERY_STATES.pending, attempts: 0 },
    compliance: {
      policyId: outcome.policy.policyId,
      policyVersion: outcome.policy.version,
      policySource: outcome.policy.source,
      jurisdiction: outcome.jurisdiction,
      redactions: outcome.redactions,
    },
  };
  const repo = await leadRepository();
  await repo.put(record);
  return deliver(record.id);
}

export async function listLeads(): Promise<LeadRecord[]> {
  return (await leadRepository()).list();
}

export async function retryLead(request: RequestOf<'leads.retry'>): Promise<LeadRecord> {
  return deliver(request.id);
}

async function deliver(id: string): Promise<LeadRecord> {
  const repo = await leadRepository();
  const record = await repo.get(id);
  if (!record) throw new RequestError(ERROR_CODES.notFound, 'This lead no longer exists.');
  if (record.delivery.state === DELIVERY_STATES.delivered) return record;
  const at = new Date().toISOString();
  const target = await deliveryTarget(record, await currentPolicy());
  if (!target.deliver) {
    const held = await repo.update(id, (current) => ({
      ...current,
      updatedAt: at,
      delivery: { ...current.delivery, state: DELIVERY_STATES.held, lastError: target.reason },
    }));
    return held ?? record;
  }
  const outcome = await deliverLead(record, { endpoint: target.endpoint });
  const updated = await repo.update(id, (current) => ({
    ...current,
    updatedAt: at,
    delivery: outcome.ok
      ? {
          state: DELIVERY_STATES.delivered,
          attempts: current.delivery.attempts + 1,
          lastAttemptAt: at,
          deliveredAt: at,
        }
      : {
          state: DELIVERY_STATES.failed,
          attempts: current.delivery.attempts + 1,
          lastAttemptAt: at,
          lastError: outcome.error,
        },
  }));
  return updated ?? record;
}
