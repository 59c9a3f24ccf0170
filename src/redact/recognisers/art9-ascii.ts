// Special-category (GDPR Art. 9) terms that start with an ASCII character, found by one combined, anchored
// V8 regex (word start and end, longest term first, ASCII case folded, \t \r \n read as a space). The same
// pass can also record every ASCII-initial context word (see context-index.ts), about half the cost of a
// second scan. Linear. Must never report the matched word itself, only its category and span.
import { isAsciiAlnum, type ContextVocabulary, type Occurrences } from '../context-index';
import { ART9_LEXICON, type Art9Entity } from '../lexicon';
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
export function findAsciiTerms(
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
