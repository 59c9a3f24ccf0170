// Lets the options page verify the audit chain and export it as JSON Lines for auditors.
// Must never add personal data to an export (events hold none) or "repair" a broken chain.
import type { AuditExport, AuditVerification } from '@src/messaging/responses';
import { recordAudit } from './audit-service';
import { auditStore } from './services';

export async function verifyAudit(): Promise<AuditVerification> {
  const result = await (await auditStore()).verify();
  return result.ok
    ? { ok: true, count: result.head.count, headHash: result.head.headHash }
    : { ok: false, index: result.index, reason: result.reason };
}

export async function exportAudit(): Promise<AuditExport> {
  const store = await auditStore();
  const jsonl = await store.exportJsonl();
  const count = jsonl === '' ? 0 : jsonl.split('\n').length - 1;
  await recordAudit({ type: 'export', count: 0, reason: 'user_request' });
  return { jsonl, count };
}
