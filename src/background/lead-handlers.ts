// Saves reviewed leads (sealed in the vault), lists them, erases them, and delivers them to the
// connector, recording each step in the audit trail.
// Must never save a lead that fails validation, lose a saved lead when delivery fails, or touch
// leads while the vault is locked (the repository refuses with a `locked` error).
import { browser } from 'wxt/browser';
import { recordFirstDisclosure } from '@src/consent';
import { hasIdentity } from '@src/lead/person';
import { DELIVERY_STATES, type LeadRecord } from '@src/lead/record';
import { RequestError } from '@src/messaging/errors';
import { bilingual } from '@src/ui/i18n/bilingual';
import { ERROR_CODES, type RequestOf } from '@src/messaging/protocol';
import type { CaptureSnapshot, PreviewResult } from '@src/messaging/responses';
import { retentionEnd } from '@src/policy';
import { recordAudit } from './audit-service';
import { receiptSavedEvent, suppressionHitEvent } from './consent-audit';
import { deliverRecord } from './delivery';
import { deliveryTarget } from './delivery-target';
import { applyCompliance } from './lead-compliance';
import { evaluateLawfulBasis } from './lawful-basis';
import { lawfulBasisForSave } from './lawful-basis-save';
import { currentPolicy } from './policy-service';
import { leadRepository } from './services';

/** Message keys (shared interface tables) for each compliance block. */
const BLOCK_MESSAGES = {
  'site-denied': 'errLeadSiteDenied',
  'special-category': 'errSpecialCategory',
} as const;

export async function previewLead(request: RequestOf<'leads.preview'>): Promise<PreviewResult> {
  const resolved = await currentPolicy();
  const outcome = await applyCompliance(request.lead, resolved);
  const lawful = await evaluateLawfulBasis(request.lead, resolved, new Date());
  return {
    lawfulBasis: lawful.view,
    person: outcome.person,
    jurisdiction: outcome.jurisdiction,
    jurisdictionReasons: outcome.jurisdictionReasons,
    redactions: outcome.redactions,
    policy: outcome.policy,
    ...(outcome.blocked ? { blocked: blockedView(outcome.blocked) } : {}),
  };
}

function blockedView(blocked: { code: keyof typeof BLOCK_MESSAGES; categories: string[] }) {
  const text = bilingual(BLOCK_MESSAGES[blocked.code]);
  return { ...blocked, message: text.en, text };
}

export async function saveLead(request: RequestOf<'leads.save'>): Promise<LeadRecord> {
  const { lead } = request;
  if (!hasIdentity(lead.person)) {
    throw new RequestError(ERROR_CODES.invalid, bilingual('errLeadNeedsIdentity'));
  }
  const resolved = await currentPolicy();
  const outcome = await applyCompliance(lead, resolved);
  if (outcome.blocked) {
    throw new RequestError(ERROR_CODES.blocked, bilingual(BLOCK_MESSAGES[outcome.blocked.code]));
  }
  if (!hasIdentity(outcome.person)) {
    throw new RequestError(ERROR_CODES.blocked, bilingual('errMinimisedEmpty'));
  }
  const lawful = await lawfulBasisForSave(lead, resolved);
  const now = new Date();
  const record: LeadRecord = {
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    capturedAt: lead.capturedAt ?? now.toISOString(),
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
    ...lawful,
  };
  const capturedAt = Date.parse(record.capturedAt);
  const retention = retentionEnd(
    resolved.policy,
    outcome.jurisdiction,
    Math.min(Number.isFinite(capturedAt) ? capturedAt : now.getTime(), now.getTime()),
  );
  // Under a legal hold nothing is deleted: the record's end is set when the hold is lifted.
  const repo = await leadRepository();
  await repo.put(record, retention.held ? Number.MAX_SAFE_INTEGER : retention.deleteAt);
  if (outcome.redactions.length > 0) {
    await recordAudit({ type: 'redaction', recordId: record.id, count: outcome.redactions.length });
  }
  // The save event commits to the signed receipt's hash when there is one.
  await recordAudit(
    record.receipt
      ? receiptSavedEvent({
          leadId: record.id,
          receiptHash: record.receipt.hash,
          jurisdiction: outcome.jurisdiction,
          at: now,
        })
      : { type: 'save', recordId: record.id },
  );
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
  if (!record) throw new RequestError(ERROR_CODES.notFound, bilingual('errLeadGone'));
  if (record.delivery.state === DELIVERY_STATES.delivered) return record;
  const at = new Date().toISOString();
  const target = await deliveryTarget(record, await currentPolicy());
  if (!target.deliver) {
    if (target.suppressed) await recordAudit(suppressionHitEvent(new Date()));
    const held = await repo.update(id, (current) => ({
      ...current,
      updatedAt: at,
      delivery: { ...current.delivery, state: DELIVERY_STATES.held, lastError: target.reason },
    }));
    return held ?? record;
  }
  const outcome = await deliverRecord(record, target);
  const updated = await repo.update(id, (current) => ({
    ...current,
    // Delivery discloses the data to the CRM, a recipient (GDPR Art. 4(9): processors too): the
    // notice is due at the latest now (Art. 14(3)(c)) if it was not already.
    ...(outcome.ok && current.notice
      ? { notice: recordFirstDisclosure(current.notice, new Date(at)) }
      : {}),
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
