// Saves reviewed leads (sealed in the vault), lists them, erases them, and delivers them to the
// connector, recording each step in the audit trail.
// Must never save a lead that fails validation, lose a saved lead when delivery fails, or touch
// leads while the vault is locked (the repository refuses with a `locked` error).
import { browser } from 'wxt/browser';
import { hasIdentity } from '@src/lead/person';
import { DELIVERY_STATES, type LeadRecord } from '@src/lead/record';
import { RequestError } from '@src/messaging/errors';
import { ERROR_CODES, type RequestOf } from '@src/messaging/protocol';
import type { CaptureSnapshot } from '@src/messaging/responses';
import { computeRetentionEnd } from '@src/retention';
import { recordAudit } from './audit-service';
import { deliverRecord } from './delivery';
import { leadRepository } from './services';
import { currentVaultSettings } from './vault-settings';

export async function saveLead(request: RequestOf<'leads.save'>): Promise<LeadRecord> {
  const { lead } = request;
  if (!hasIdentity(lead.person)) {
    throw new RequestError(ERROR_CODES.invalid, 'A lead needs a name, an email or a phone number.');
  }
  const now = new Date();
  const record: LeadRecord = {
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    capturedAt: lead.capturedAt ?? now.toISOString(),
    sourceUrl: lead.sourceUrl,
    person: lead.person,
    provenance: lead.provenance,
    delivery: { state: DELIVERY_STATES.pending, attempts: 0 },
  };
  const { retentionDays } = await currentVaultSettings();
  const capturedAt = Date.parse(record.capturedAt);
  const retentionEnd = computeRetentionEnd(
    Math.min(Number.isFinite(capturedAt) ? capturedAt : now.getTime(), now.getTime()),
    { retentionDays },
  );
  const repo = await leadRepository();
  await repo.put(record, retentionEnd);
  await recordAudit({ type: 'save', recordId: record.id });
  return deliver(record.id);
}

export async function listLeads(): Promise<LeadRecord[]> {
  return (await leadRepository()).list();
}

export async function retryLead(request: RequestOf<'leads.retry'>): Promise<LeadRecord> {
  return deliver(request.id);
}

/** "Erase this person": the record, its data key, and any capture draft showing the same person. */
export async function eraseLead(request: RequestOf<'leads.erase'>): Promise<{ erased: boolean }> {
  const repo = await leadRepository();
  const record = await repo.get(request.id);
  const erased = await repo.erase(request.id);
  if (record) await forgetDraftsOf(record);
  if (erased) {
    await recordAudit({ type: 'erase', recordId: request.id, reason: 'user_request', count: 1 });
  }
  return { erased };
}

/** Removes the person from the capture snapshots kept in memory-only session storage. */
async function forgetDraftsOf(record: LeadRecord): Promise<void> {
  const all = await browser.storage.session.get(null);
  const values = new Set(
    [record.person.name, ...record.person.emails, ...record.person.phones].filter(
      (value): value is string => Boolean(value),
    ),
  );
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith('capture.drafts.')) continue;
    const snapshot = value as CaptureSnapshot;
    const kept = snapshot.drafts.filter(
      (draft) =>
        ![draft.person.name, ...draft.person.emails, ...draft.person.phones].some(
          (field) => field !== undefined && values.has(field),
        ),
    );
    if (kept.length !== snapshot.drafts.length) {
      await browser.storage.session.set({ [key]: { ...snapshot, drafts: kept } });
    }
  }
}

async function deliver(id: string): Promise<LeadRecord> {
  const repo = await leadRepository();
  const record = await repo.get(id);
  if (!record) throw new RequestError(ERROR_CODES.notFound, 'This lead no longer exists.');
  if (record.delivery.state === DELIVERY_STATES.delivered) return record;
  const outcome = await deliverRecord(record);
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
