// Test helpers for the audit trail: build a valid chain quickly.
import { appendAuditEvent, EMPTY_CHAIN_HEAD, type ChainHead } from '@src/audit/hash-chain';
import type { AuditEvent, AuditEventInput } from '@src/audit/event-schema';

export const RECORD_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

export async function buildChain(
  inputs: readonly AuditEventInput[],
  start = 1_700_000_000_000,
): Promise<{ events: AuditEvent[]; head: ChainHead }> {
  let head = EMPTY_CHAIN_HEAD;
  const events: AuditEvent[] = [];
  for (let i = 0; i < inputs.length; i += 1) {
    const appended = await appendAuditEvent(head, inputs[i]!, start + i * 1000);
    events.push(appended.event);
    head = appended.head;
  }
  return { events, head };
}

export function sampleInputs(n: number): AuditEventInput[] {
  const types = ['capture', 'edit', 'save', 'send', 'delivered'] as const;
  return Array.from({ length: n }, (_, i) => ({
    type: types[i % types.length]!,
    recordId: RECORD_ID,
    count: i,
  }));
}
