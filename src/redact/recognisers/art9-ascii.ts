// Special-category (GDPR Art. 9) terms that start with an ASCII character, found by one combined, anchored
// V8 regex (word start and end, longest term first, ASCII case folded, \t \r \n read as a space). The same
// pass can also record every ASCII-initial context word (see context-index.ts): one trie over both kinds of
// word, about half the cost of a second scan. Linear. Must never report the matched word itself, only its
// category and span.
import {
  buildVocabulary,
  foldCase,
  isAsciiAlnum,
  type ContextVocabulary,
  type Occurrences,
} from '../context-index';
import { ART9_LEXICON, type Art9Entity } from '../lexicon';
import { exclusionsByTerm, insideExclusion } from '../lexicon-exclusions';
import { trieSource } from '../trie-regex';
import type { Emit } from './text-patterns';

export const ART9_SCORE = 0.7;

/** Terms starting with an ASCII character (matched at word boundaries), by their lower-case form. */
const asciiTerms = new Map<string, Art9Entity>();
for (const [entity, lists] of Object.entries(ART9_LEXICON) as [
  Art9Entity,
  { en: readonly string[]; zh: readonly string[] },
][]) {
  for (const term of [...lists.en, ...lists.zh]) {
    const lower = term.toLowerCase();
    if (lower.charCodeAt(0) < 128) asciiTerms.set(lower, entity);
  }
}

/**
 * Word start and end are ASCII alphanumerics; non-unicode `i` folds ASCII case only. The character before
 * the term is consumed (not looked behind at): V8 then rejects mid-word positions with one class test,
 * about a third faster. A term always ends before a non-word character, which the next match may consume.
 */
const ASCII_TERMS_SOURCE = `(${trieSource(asciiTerms.keys(), '[ \\t\\n\\r]')})(?![A-Za-z0-9])`;
const ASCII_TERMS = new RegExp(`(?:^|[^A-Za-z0-9])${ASCII_TERMS_SOURCE}`, 'gi');

/** Phrases holding a term that say nothing about a person ("Cancer Research UK"), by term. */
const EXCLUSIONS = exclusionsByTerm(asciiTerms.keys());

/** A sticky copy of the terms-only regex, to ask "does a term start here?" at one position. */
const ASCII_TERM_AT = new RegExp(ASCII_TERMS.source, 'iy');

/** The terms as a dense trie: tells whether a stop of the combined pass is a term without a string. */
const TERM_LIST = [...asciiTerms.keys()];
const TERM_TRIE = buildVocabulary([TERM_LIST]);

/** The term spelt exactly by text[start, end) (case folded, \t \r \n read as a space), if any. */
function termSpelt(text: string, start: number, end: number): Art9Entity | undefined {
  const { next, columns, column, terminal } = TERM_TRIE;
  let node = 0;
  for (let k = start; k < end && node >= 0; k++) {
    const c = text.charCodeAt(k);
    node =
      next[node * columns + column[c === 9 || c === 10 || c === 13 ? 32 : foldCase(c)]!]! || -1;
  }
  const id = node > 0 ? terminal[node]! : -1;
  return id >= 0 ? asciiTerms.get(TERM_LIST[id]!) : undefined;
}

interface CombinedPass {
  re: RegExp;
  /** Some context word starts with a whole term: a context-word stop may hide a term (checked then). */
  termInsideWords: boolean;
}

/**
 * One trie over the terms and the ASCII-initial context words: the pass stops at either, about a quarter
 * faster than a regex with the two tries side by side (every failed position tried both). A term must end
 * at a word end; a context word need not. The longest word wins, so where a context word extends a term
 * the term is looked for again at that position.
 */
const combinedPasses = new WeakMap<ContextVocabulary, CombinedPass>();
function termsAndContextWords(v: ContextVocabulary): CombinedPass {
  let pass = combinedPasses.get(v);
  if (pass === undefined) {
    const words = new Set([...TERM_LIST, ...v.asciiWords]);
    const contextWords = new Set(v.asciiWords);
    const tailOf = (w: string): string => (contextWords.has(w) ? '' : '(?![A-Za-z0-9])');
    const source = trieSource(words, '[ \\t\\n\\r]', tailOf);
    pass = {
      re: new RegExp(`(?:^|[^A-Za-z0-9])${source}`, 'gi'),
      termInsideWords: v.asciiWords.some((w) => TERM_LIST.some((t) => t !== w && w.startsWith(t))),
    };
    combinedPasses.set(v, pass);
  }
  return pass;
}

/** Where the lexicon pass records context-word occurrences (ASCII-initial words, then the others). */
export interface ContextRecorder {
  readonly vocabulary: ContextVocabulary;
  readonly ascii: Occurrences;
  readonly other: Occurrences;
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

/**
 * Reports a matched term [start, end) or, when its category is unwanted or the term is part of a phrase
 * about no one, returns where to resume.
 */
function reportTerm(
  text: string,
  start: number,
  end: number,
  entity: Art9Entity | undefined,
  emit: Emit,
  wanted: (entity: string) => boolean,
  spans: number[],
  ctx: ContextRecorder | null,
): number {
  if (entity !== undefined && wanted(entity) && !insideExclusion(text, start, end, EXCLUSIONS)) {
    emit(entity, start, end, ART9_SCORE);
    spans.push(start, end);
    if (ctx !== null) recordInside(text, start, end, ctx);
    return end;
  }
  let wordEnd = start + 1;
  while (wordEnd < text.length && isAsciiAlnum(text.charCodeAt(wordEnd))) wordEnd++;
  return wordEnd; // an unwanted category hides shorter terms at the same start
}

/** The terms alone (no context recorder): group 1 is the term. */
function findTermsOnly(text: string, emit: Emit, wanted: (entity: string) => boolean): number[] {
  const spans: number[] = [];
  const re = ASCII_TERMS; // detect() is synchronous: never used by two scans at once
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const matched = m[1] ?? '';
    const start = re.lastIndex - matched.length;
    const entity = asciiTerms.get(termKey(matched));
    re.lastIndex = reportTerm(text, start, re.lastIndex, entity, emit, wanted, spans, null);
  }
  return spans;
}

/** Matched ASCII-initial terms as [start, end) pairs (flat), in text order. */
export function findAsciiTerms(
  text: string,
  emit: Emit,
  wanted: (entity: string) => boolean,
  ctx: ContextRecorder | null,
): number[] {
  if (ctx === null) return findTermsOnly(text, emit, wanted);
  const spans: number[] = [];
  const { re, termInsideWords } = termsAndContextWords(ctx.vocabulary);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const wordStart = m.index === 0 && isAsciiAlnum(text.charCodeAt(0)) ? 0 : m.index + 1;
    ctx.ascii.recordAt(text, wordStart, ctx.vocabulary);
    let end = re.lastIndex;
    let entity = isAsciiAlnum(text.charCodeAt(end)) ? undefined : termSpelt(text, wordStart, end);
    if (entity === undefined && termInsideWords) {
      // A context word that extends a term ("<term> clinic"): the term still counts at this start.
      ASCII_TERM_AT.lastIndex = m.index;
      const term = ASCII_TERM_AT.exec(text)?.[1];
      if (term !== undefined) {
        end = wordStart + term.length;
        entity = asciiTerms.get(termKey(term));
      }
    }
    if (entity === undefined) {
      re.lastIndex = wordStart + 1; // words may start inside this one ("date of birth": "birth")
      continue;
    }
    re.lastIndex = reportTerm(text, wordStart, end, entity, emit, wanted, spans, ctx);
  }
  return spans;
}
