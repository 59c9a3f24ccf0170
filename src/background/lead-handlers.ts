// Saves reviewed leads, lists them, and delivers them to the connector, recording the outcome.
// Must never save a lead that fails validation, or lose a saved lead when delivery fails.
import { hasIdentity } from '@src/lead/person';
import { DELIVERY_STATES, type LeadRecord } from '@src/lead/record';
import { RequestError } from '@src/messaging/errors';
import { ERROR_CODES, type RequestOf } from '@src/messaging/protocol';
import { deliverLead } from '@src/outbox/deliver';
import { loadSettings } from '@src/settings/store';
import { leadRepository } from './services';

export async function saveLead(request: RequestOf<'leads.save'>): Promise<LeadRecord> {
  const { lead } = request;
  if (!hasIdentity(lead.person)) {
    throw new RequestError(ERROR_CODES.invalid, 'A lead needs a name, an email or a phone number.');
  }
  const now = new Date().toISOString();
  const record: LeadRecord = {
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    capturedAt: lead.capturedAt ?? now,
    sourceUrl: lead.sourceUrl,
    person: lead.person,
    provenance: lead.provenance,
    delivery: { state: DELIVERY_STATES.pending, attempts: 0 },
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
  const { connectorUrl } = await loadSettings();
  const outcome = await deliverLead(record, { endpoint: connectorUrl });
  const at = new Date().toISOString();
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
