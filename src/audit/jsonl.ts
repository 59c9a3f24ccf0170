// JSON Lines export/import of the audit trail for auditors: one canonical-JSON event per line,
// so any line can be re-hashed byte-for-byte. Must never add fields or reorder events.

import { canonicalJson } from './canonical-json';
import type { AuditEvent } from './event-schema';

export const AUDIT_JSONL_MEDIA_TYPE = 'application/jsonl';

/** One canonical JSON event per line, each line ending in "\n". Empty input → "". */
export function exportAuditJsonl(events: readonly AuditEvent[]): string {
  return events.map((event) => `${canonicalJson(event)}\n`).join('');
}

/** Parses JSON Lines (blank lines ignored). Returns unknown values: run verifyChain on them. */
export function parseAuditJsonl(text: string): unknown[] {
  const values: unknown[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    try {
      values.push(JSON.parse(line));
    } catch {
      throw new SyntaxError(`Audit JSON Lines: invalid JSON on line ${i + 1}`);
    }
  }
  return values;
}
