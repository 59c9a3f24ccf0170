// Audit events of the lawful-basis flow, ready for the audit trail (src/audit): the signed
// receipt's hash at save, a notice marked sent, a suppression hit. Pure builders: the caller
// appends them (the vault branch owns the audit store). Must never put a personal value, a
// receipt body or free text in an event: ids, enums and the receipt's SHA-256 only.
import { validateAuditInput, type AuditEventInput } from '@src/audit';

const JURISDICTION_PATTERN = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;

/** Validated against the audit whitelist; the error (AuditSchemaError) never echoes a value. */
function checked(event: AuditEventInput): AuditEventInput {
  return validateAuditInput(event);
}

/** `save` with the receipt hash as digest (the receipt holds only a keyed-hash subject id). */
export function receiptSavedEvent(input: {
  leadId: string;
  receiptHash: string;
  jurisdiction: string;
  at: Date;
}): AuditEventInput {
  return checked({
    type: 'save',
    recordId: input.leadId,
    digest: input.receiptHash,
    outcome: 'ok',
    at: input.at.getTime(),
    ...(JURISDICTION_PATTERN.test(input.jurisdiction) ? { jurisdiction: input.jurisdiction } : {}),
  });
}

export function noticeSentEvent(input: {
  leadId: string;
  receiptHash: string;
  at: Date;
}): AuditEventInput {
  return checked({
    type: 'notice_sent',
    recordId: input.leadId,
    digest: input.receiptHash,
    outcome: 'ok',
    at: input.at.getTime(),
  });
}

/** A refused save because the person is on the suppression list (no identifier recorded). */
export function suppressionHitEvent(at: Date): AuditEventInput {
  return checked({
    type: 'suppression_hit',
    reason: 'objection',
    outcome: 'failed',
    at: at.getTime(),
  });
}
