// Delivers one saved lead to the connector and records `send` / `delivered` audit events.
// Must never put personal data in an error or an audit event.
import type { LeadRecord } from '@src/lead/record';
import { deliverLead, type DeliveryOutcome } from '@src/outbox/deliver';
import { loadSettings } from '@src/settings/store';
import { recordAudit } from './audit-service';

export async function deliverRecord(record: LeadRecord): Promise<DeliveryOutcome> {
  const { connectorUrl } = await loadSettings();
  await recordAudit({ type: 'send', recordId: record.id });
  const outcome = await deliverLead(record, { endpoint: connectorUrl });
  await recordAudit(
    outcome.ok
      ? { type: 'delivered', recordId: record.id, outcome: 'ok' }
      : {
          type: 'delivered',
          recordId: record.id,
          outcome: 'failed',
          reason: outcome.retryable ? 'network_error' : 'connector_rejected',
        },
  );
  return outcome;
}
