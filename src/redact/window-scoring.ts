// Scores a window recogniser's hit in its context: a context word of the recogniser raises it; shared
// negative words (order, invoice, version…) or the recogniser's own lower it; a reference label written
// right before a phone-shaped number makes it a reference. Registers the context lists at load, so the
// lexicon pass can record their words. Must never scan beyond the bounded context around the hit.
import { contextMembers, hasContext, NEGATIVE_CONTEXT, registerContextLists } from './context';
import { WINDOW_RECOGNISERS } from './recognisers/index';
import { SCORE } from './recognisers/scores';
import type { WindowRecogniser } from './window';

/** Entities where a nearby "order", "invoice", "version"... lowers the score. */
const NO_NEGATIVE_CONTEXT = new Set([
  'PHONE_NUMBER',
  'DATE_TIME',
  'IBAN_CODE',
  'CRYPTO',
  'EMAIL_ADDRESS',
  'URL',
]);

/**
 * A reference label written right before a phone-shaped number makes it a reference ("Order 13912345678",
 * "PO no. 4155550123", "订单号 15012345678") unless a phone word is near. Only a label that ends just before
 * the number counts: phones ignore the wider negative context ("thanks for the order. +44…" is a phone).
 */
const REFERENCE_LABEL_BEFORE =
  /(?:^|[^A-Za-z0-9])(?:(?:order|purchase order|ticket|invoice|tracking|ref|reference)(?:\s*(?:no\.?|number|#|id))?|po\s*(?:no\.?|number|#|:))\s*[:：#]?\s*$|(?:订单|单号|发票|运单)号?\s*[:：]?\s*$/i;
const REFERENCE_LABEL_SPAN = 32;

/** Per recogniser id: the negative words that lower its score (shared ones plus its own). */
const NEGATIVE_LISTS = WINDOW_RECOGNISERS.map((r) =>
  r.negativeContext === undefined ? NEGATIVE_CONTEXT : [...NEGATIVE_CONTEXT, ...r.negativeContext],
);

registerContextLists([
  ...WINDOW_RECOGNISERS.flatMap((r) => (r.context === undefined ? [] : [r.context])),
  ...NEGATIVE_LISTS,
]);
/** Per recogniser id: its context list's membership table, and whether negative context applies. */
const CONTEXT_MEMBERS = WINDOW_RECOGNISERS.map((r) =>
  r.context === undefined ? undefined : contextMembers(r.context),
);
const CHECKS_NEGATIVE = WINDOW_RECOGNISERS.map((r) => !NO_NEGATIVE_CONTEXT.has(r.entity));
const NEGATIVE_MEMBERS = NEGATIVE_LISTS.map((list) => contextMembers(list));

/** Final score of a window hit, or 0 when it cannot reach `minScore`. */
export function scoreWithContext(
  text: string,
  r: WindowRecogniser,
  start: number,
  end: number,
  base: number,
  minScore: number,
): number {
  if (base >= SCORE.validated) return base;
  const id = r.id ?? 0;
  if (r.context !== undefined && hasContext(text, start, end, r.context, CONTEXT_MEMBERS[id])) {
    return Math.min(1, base + SCORE.contextBoost);
  }
  if (base < minScore) return 0;
  if (
    CHECKS_NEGATIVE[id] === true &&
    hasContext(text, start, end, NEGATIVE_LISTS[id] ?? NEGATIVE_CONTEXT, NEGATIVE_MEMBERS[id])
  ) {
    return base - (r.entity === 'CREDIT_CARD' ? 0.45 : SCORE.negativePenalty);
  }
  // A number in "+" international form is written as a phone, whatever label precedes it.
  if (
    r.entity === 'PHONE_NUMBER' &&
    text.charCodeAt(start) !== 43 &&
    REFERENCE_LABEL_BEFORE.test(text.slice(Math.max(0, start - REFERENCE_LABEL_SPAN), start))
  ) {
    return base - SCORE.negativePenalty;
  }
  return base;
}
