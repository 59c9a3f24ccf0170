// Special-category (GDPR Art. 9) detection in free text, reporting the category as the entity. English
// terms: one combined, anchored V8 regex (word start and end, longest term first, ASCII case folded, \t \r
// \n read as a space). Chinese terms: a character-class regex finds their first characters, a small trie
// takes the longest term from there. Both are linear. Must never report the matched word itself.
import { isAsciiAlnum, Occurrences, type ContextVocabulary } from '../context-index';
import { ART9_LEXICON, type Art9Entity } from '../lexicon';
import { trieSource } from '../trie-regex';
import type { Emit } from './text-patterns';

export const ART9_SCORE = 0.7;

interface Node {
  next: Map<number, Node>;
  entity: Art9Entity | null;
}

/** First characters of the other terms, as a bitmap over the BMP. */
const otherFirst = new Uint8Array(65536);

/** Terms starting with an ASCII character (matched at word boundaries), by their lower-case form. */
const asciiTerms = new Map<string, Art9Entity>();
/** Trie of the other terms, from their first character (matched anywhere). */
const otherRoot = new Map<number, Node>();

function insertOther(term: string, entity: Art9Entity): void {
  const first = term.charCodeAt(0);
  let node: Node | undefined = otherRoot.get(first);
  if (node === undefined) {
    node = { next: new Map(), entity: null };
    otherRoot.set(first, node);
  }
  for (let i = 1; i < term.length; i++) {
    const c = term.charCodeAt(i);
    let child: Node | undefined = node.next.get(c);
    if (child === undefined) {
      child = { next: new Map(), entity: null };
      node.next.set(c, child);
    }
    node = child;
  }
  node.entity = entity; // a term listed twice keeps its last category
}

for (const [entity, lists] of Object.entries(ART9_LEXICON) as [
  Art9Entity,
  { en: readonly string[]; zh: readonly string[] },
][]) {
  for (const term of [...lists.en, ...lists.zh]) {
    const lower = term.toLowerCase();
    if (lower.charCodeAt(0) < 128) asciiTerms.set(lower, entity);
    else insertOther(lower, entity);
  }
}
for (const c of otherRoot.keys()) otherFirst[c] = 1;

/**
 * Word start and end are ASCII alphanumerics; non-unicode `i` folds ASCII case only. The character before
 * the term is consumed (not looked behind at): V8 then rejects mid-word positions with one class test,
 * about a third faster. A term always ends before a non-word character, which the next match may consume.
 */
const ASCII_TERMS_SOURCE = `(${trieSource(asciiTerms.keys(), '[ \\t\\n\\r]')})(?![A-Za-z0-9])`;
const ASCII_TERMS = new RegExp(`(?:^|[^A-Za-z0-9])${ASCII_TERMS_SOURCE}`, 'gi');

/**
 * The same pass that also stops at every ASCII-initial context word (group 1 is then undefined): one scan
 * of the text finds both, about half the cost of two.
 */
const withContextWords = new WeakMap<ContextVocabulary, RegExp>();
function termsAndContextWords(v: ContextVocabulary): RegExp {
  let re = withContextWords.get(v);
  if (re === undefined) {
    re = new RegExp(
      `(?:^|[^A-Za-z0-9])(?:${ASCII_TERMS_SOURCE}|${trieSource(v.asciiWords)})`,
      'gi',
    );
    withContextWords.set(v, re);
  }
  return re;
}

/** Where the lexicon pass records context-word occurrences (ASCII-initial words, then the others). */
export interface ContextRecorder {
  readonly vocabulary: ContextVocabulary;
  readonly ascii: Occurrences;
  readonly other: Occurrences;
}

/** A non-ASCII character: Chinese terms and foldable characters are only in runs of these. */
const NON_ASCII = /[\u0080-\uffff]/g;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The lexicon key of an ASCII-initial match: lower case, line breaks and tabs read as spaces. */
function termKey(matched: string): string {
  return matched.toLowerCase().replace(/[\t\n\r]/g, ' ');
}

/** Records the ASCII-initial context words starting strictly inside [start, end) (a matched term). */
function recordInside(text: string, start: number, end: number, ctx: ContextRecorder): void {
  for (let k = start + 1; k < end; k++) {
    if (isAsciiAlnum(text.charCodeAt(k)) && !isAsciiAlnum(text.charCodeAt(k - 1))) {
      ctx.ascii.recordAt(text, k, ctx.vocabulary);
    }
  }
}

/** Matched ASCII-initial terms as [start, end) pairs (flat), in text order. */
function findAsciiTerms(
  text: string,
  emit: Emit,
  wanted: (entity: string) => boolean,
  ctx: ContextRecorder | null,
): number[] {
  const spans: number[] = [];
  // detect() is synchronous: never used by two scans at once
  const re = ctx === null ? ASCII_TERMS : termsAndContextWords(ctx.vocabulary);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const term = m[1];
    if (ctx !== null) {
      const wordStart = m.index === 0 && isWordChar(text.charCodeAt(0)) ? 0 : m.index + 1;
      ctx.ascii.recordAt(text, wordStart, ctx.vocabulary);
      if (term === undefined) {
        re.lastIndex = wordStart + 1; // words may start inside this one ("date of birth": "birth")
        continue;
      }
    }
    const matched = term ?? '';
    const entity = asciiTerms.get(termKey(matched));
    const start = re.lastIndex - matched.length;
    if (entity !== undefined && wanted(entity)) {
      emit(entity, start, re.lastIndex, ART9_SCORE);
      spans.push(start, re.lastIndex);
      if (ctx !== null) recordInside(text, start, re.lastIndex, ctx);
    } else {
      let end = start + 1;
      while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
      re.lastIndex = end; // an unwanted category hides shorter terms at the same start
    }
  }
  return spans;
}

/** End of the longest term from `start` (its category in `found.entity`), or -1. */
function walk(
  text: string,
  start: number,
  root: Node,
  found: { entity: Art9Entity | null },
): number {
  let node: Node | undefined = root;
  let bestEnd = -1;
  let i = start + 1;
  for (;;) {
    if (node.entity !== null) {
      bestEnd = i;
      found.entity = node.entity;
    }
    if (i >= text.length) break;
    node = node.next.get(text.charCodeAt(i));
    if (node === undefined) break;
    i++;
  }
  return bestEnd;
}

const FLAGGED = 1;
const CONTEXT_FIRST = 2;
const TERM_FIRST = 4;
const kindTables = new WeakMap<Uint8Array, WeakMap<object, Uint8Array>>();

/** One lookup per non-ASCII character: flagged (1), first of a context word (2), first of a term (4). */
function kindTable(flagged: Uint8Array, ctxFirst: Uint8Array | undefined): Uint8Array {
  let byContext = kindTables.get(flagged);
  if (byContext === undefined) {
    byContext = new WeakMap();
    kindTables.set(flagged, byContext);
  }
  const key = ctxFirst ?? flagged;
  let table = byContext.get(key);
  if (table === undefined) {
    table = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      table[c] =
        (flagged[c] === 1 ? FLAGGED : 0) |
        (ctxFirst?.[c] === 1 ? CONTEXT_FIRST : 0) |
        (otherFirst[c] === 1 ? TERM_FIRST : 0);
    }
    byContext.set(key, table);
  }
  return table;
}

/**
 * Finds lexicon terms and reports them through `emit` (in order within each script, never overlapping).
 * Returns whether the text holds a character that `flagged` marks (the caller's "needs normalising" set),
 * found on the same visit of the non-ASCII runs. With `ctx`, also records every context word.
 */
export function findSpecialCategories(
  text: string,
  emit: Emit,
  wanted: (entity: string) => boolean,
  flagged: Uint8Array,
  ctx: ContextRecorder | null = null,
): boolean {
  const ascii = findAsciiTerms(text, emit, wanted, ctx);
  const kinds = kindTable(flagged, ctx?.vocabulary.otherFirst);
  const runs = NON_ASCII; // test(), not exec(): no match object per run
  runs.lastIndex = 0;
  const found: { entity: Art9Entity | null } = { entity: null };
  let sawFlagged = false;
  let span = 0;
  while (runs.test(text)) {
    let i = runs.lastIndex - 1;
    for (;;) {
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      if (c < 128) break; // end of the run
      const kind = kinds[c]!;
      if (kind === 0) {
        i++;
        continue;
      }
      if ((kind & FLAGGED) !== 0) sawFlagged = true;
      if ((kind & CONTEXT_FIRST) !== 0) ctx!.other.recordAt(text, i, ctx!.vocabulary);
      const root = (kind & TERM_FIRST) !== 0 ? otherRoot.get(c) : undefined;
      if (root !== undefined) {
        // Inside an ASCII-initial term ("DNA检测"): nothing starts there.
        while (span < ascii.length && ascii[span + 1]! <= i) span += 2;
        const inside = span < ascii.length && ascii[span]! <= i;
        found.entity = null;
        const end = inside ? -1 : walk(text, i, root, found);
        if (end > 0 && found.entity !== null && wanted(found.entity)) {
          emit(found.entity, i, end, ART9_SCORE);
          for (let k = i + 1; k < end; k++) {
            const inner = kinds[text.charCodeAt(k)]!;
            if ((inner & FLAGGED) !== 0) sawFlagged = true;
            if ((inner & CONTEXT_FIRST) !== 0) ctx!.other.recordAt(text, k, ctx!.vocabulary);
          }
          i = end;
          continue;
        }
      }
      i++;
    }
    runs.lastIndex = i;
  }
  return sawFlagged;
}
