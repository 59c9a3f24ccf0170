// Context words: compiles word lists into small regexes and checks the text around a candidate.
// Must never scan more than a bounded window around the candidate (keeps detect linear).

import { trieSource } from './trie-regex';

export const CONTEXT_BEFORE = 48;
export const CONTEXT_AFTER = 24;

const cache = new WeakMap<readonly string[], RegExp>();

/** English (ASCII-initial) words must start at a word boundary; other scripts match anywhere. */
export function contextRegex(words: readonly string[]): RegExp {
  let re = cache.get(words);
  if (re === undefined) {
    // Factored like a trie: the union of every list is tested on each candidate span.
    const ascii = words.filter((w) => /^[a-z0-9]/.test(w));
    const other = words.filter((w) => !/^[a-z0-9]/.test(w));
    const parts: string[] = [];
    // The character before is consumed rather than looked behind at (same answer for test(), and V8
    // then rejects mid-word positions with one class test).
    if (ascii.length > 0) parts.push(`(?:^|[^A-Za-z0-9])${trieSource(ascii)}`);
    if (other.length > 0) parts.push(trieSource(other));
    re = new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'i');
    cache.set(words, re);
  }
  return re;
}

/** Union of every list in `known` (see `registerContextLists`), tested once per candidate span. */
let anyKnownWord: RegExp | null = null;
const known = new WeakSet<readonly string[]>();
/** Last span tested against the union: the recognisers of one window ask about the same span in turn. */
let lastText = '';
let lastStart = -1;
let lastEnd = -1;
let lastAnswer = false;

/**
 * Declares the lists `hasContext` will mostly be asked about. When none of their words is near a span
 * (the usual case), one test of their union answers every list for that span.
 */
export function registerContextLists(lists: readonly (readonly string[])[]): void {
  const words = new Set<string>();
  for (const list of lists) {
    known.add(list);
    for (const word of list) words.add(word);
  }
  anyKnownWord = contextRegex([...words]);
}

/** Drops the memo (and with it the reference to the caller's text) at the end of a detect() call. */
export function forgetLastSpan(): void {
  lastText = '';
  lastStart = -1;
  lastEnd = -1;
}

function wordNear(text: string, start: number, end: number, re: RegExp): boolean {
  return (
    re.test(text.slice(Math.max(0, start - CONTEXT_BEFORE), start)) ||
    re.test(text.slice(end, Math.min(text.length, end + CONTEXT_AFTER)))
  );
}

/** True when a context word is in the bounded text before or after [start, end). */
export function hasContext(
  text: string,
  start: number,
  end: number,
  words: readonly string[],
): boolean {
  if (anyKnownWord !== null && known.has(words)) {
    if (start !== lastStart || end !== lastEnd || text !== lastText) {
      lastText = text;
      lastStart = start;
      lastEnd = end;
      lastAnswer = wordNear(text, start, end, anyKnownWord);
    }
    if (!lastAnswer) return false;
  }
  return wordNear(text, start, end, contextRegex(words));
}

export const NEGATIVE_CONTEXT: readonly string[] = [
  'order',
  'invoice',
  'tracking',
  'reference',
  'ref',
  'ticket',
  'version',
  'build',
  'serial',
  'sku',
  'part no',
  'po number',
  'transaction id',
  'timestamp',
  'isbn',
  '订单',
  '单号',
  '发票',
  '版本',
  '流水号',
  '快递',
];
