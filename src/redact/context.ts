// Context words: is a word of a list within a bounded distance before or after a candidate? Registered
// lists are answered from word occurrences: found for the whole text during the lexicon pass when detect()
// can (see useWholeTextContext), otherwise on demand around each candidate. Unregistered lists fall back
// to small regexes on the bounded slices. Must never scan more than a bounded window per candidate beyond
// the whole-text pass (keeps detect linear).
import { buildVocabulary, type ContextVocabulary, type Occurrences } from './context-index';
import { LazyContextIndex } from './context-lazy';
import { trieSource } from './trie-regex';

export const CONTEXT_BEFORE = 48;
export const CONTEXT_AFTER = 24;

const cache = new WeakMap<readonly string[], RegExp>();

/** English (ASCII-initial) words must start at a word boundary; other scripts match anywhere. */
export function contextRegex(words: readonly string[]): RegExp {
  let re = cache.get(words);
  if (re === undefined) {
    const ascii = words.filter((w) => /^[a-z0-9]/.test(w));
    const other = words.filter((w) => !/^[a-z0-9]/.test(w));
    const parts: string[] = [];
    if (ascii.length > 0) parts.push(`(?:^|[^A-Za-z0-9])${trieSource(ascii)}`);
    if (other.length > 0) parts.push(trieSource(other));
    re = new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'i');
    cache.set(words, re);
  }
  return re;
}

interface ContextSource {
  readonly text: string;
  near(start: number, end: number, lo: number, hi: number, members: Uint8Array): boolean;
}

/** Occurrences of every vocabulary word in one text, found by whole-text passes. */
class WholeTextContext implements ContextSource {
  constructor(
    readonly text: string,
    private readonly ascii: Occurrences,
    private readonly other: Occurrences,
  ) {}
  near(start: number, end: number, lo: number, hi: number, members: Uint8Array): boolean {
    return (
      this.ascii.near(start, end, lo, hi, members) || this.other.near(start, end, lo, hi, members)
    );
  }
}

let vocabulary: ContextVocabulary | null = null;
/** The current detect() call's source of occurrences (dropped by forgetLastSpan). */
let source: ContextSource | null = null;

/**
 * Declares the lists `hasContext` will be asked about: their words go into one trie, and each list becomes
 * a membership table over the trie's words.
 */
export function registerContextLists(lists: readonly (readonly string[])[]): void {
  vocabulary = buildVocabulary(lists);
  source = null;
}

export function contextVocabulary(): ContextVocabulary | null {
  return vocabulary;
}

/**
 * Hands over occurrences of every vocabulary word in `text`: the ASCII-initial words and the others, each
 * in order of start. Later questions about `text` are answered from them.
 */
export function useWholeTextContext(text: string, ascii: Occurrences, other: Occurrences): void {
  source = new WholeTextContext(text, ascii, other);
}

/** Drops the occurrences (and with them the reference to the caller's text) at the end of a detect(). */
export function forgetLastSpan(): void {
  source = null;
}

function wordNear(text: string, start: number, end: number, re: RegExp): boolean {
  return (
    re.test(text.slice(Math.max(0, start - CONTEXT_BEFORE), start)) ||
    re.test(text.slice(end, Math.min(text.length, end + CONTEXT_AFTER)))
  );
}

/** The membership table of a registered list (a faster handle for hasContext), or undefined. */
export function contextMembers(words: readonly string[]): Uint8Array | undefined {
  return vocabulary?.membership.get(words);
}

/**
 * True when a context word is in the bounded text before or after [start, end). `members` may be passed
 * when the caller has looked it up already (contextMembers(words)).
 */
export function hasContext(
  text: string,
  start: number,
  end: number,
  words: readonly string[],
  members: Uint8Array | undefined = vocabulary?.membership.get(words),
): boolean {
  if (vocabulary === null || members === undefined) {
    return wordNear(text, start, end, contextRegex(words));
  }
  if (source === null || source.text !== text) source = new LazyContextIndex(text, vocabulary);
  const lo = Math.max(0, start - CONTEXT_BEFORE);
  const hi = Math.min(text.length, end + CONTEXT_AFTER);
  return source.near(start, end, lo, hi, members);
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
