import { describe, expect, it } from 'vitest';
import {
  noticeSentEvent,
  receiptSavedEvent,
  suppressionHitEvent,
} from '@src/background/consent-audit';

const leadId = '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const receiptHash = 'a'.repeat(64);
const at = new Date('2026-11-23T12:00:00.000Z');

describe('consent audit events', () => {
  it('records the receipt hash at save, with a jurisdiction the audit schema accepts', () => {
    expect(receiptSavedEvent({ leadId, receiptHash, jurisdiction: 'EU', at })).toEqual({
      type: 'save',
      recordId: leadId,
      digest: receiptHash,
      outcome: 'ok',
      jurisdiction: 'EU',
      at: at.getTime(),
    });
    expect(
      receiptSavedEvent({ leadId, receiptHash, jurisdiction: 'UNKNOWN', at }),
    ).not.toHaveProperty('jurisdiction');
  });

  it('records notices sent and suppression hits without any identifier', () => {
    expect(noticeSentEvent({ leadId, receiptHash, at })).toMatchObject({
      type: 'notice_sent',
      recordId: leadId,
    });
    expect(suppressionHitEvent(at)).toEqual({
      type: 'suppression_hit',
      reason: 'objection',
      outcome: 'failed',
      at: at.getTime(),
    });
  });

  it('refuses a malformed hash or id rather than logging it', () => {
    expect(() =>
      receiptSavedEvent({ leadId: 'jana@example.com', receiptHash, jurisdiction: 'EU', at }),
    ).toThrow(/recordId/);
    expect(() =>
      receiptSavedEvent({ leadId: 'jana@example.com', receiptHash, jurisdiction: 'EU', at }),
    ).not.toThrow(/jana/);
    expect(() => noticeSentEvent({ leadId, receiptHash: 'not-a-hash', at })).toThrow(/digest/);
  });
});
