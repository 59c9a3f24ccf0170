// Special-category (GDPR Art. 9) detection in free text: one pass over the text walking a character trie of
// the curated English and Chinese lexicons (Aho-Corasick-like: each position is tried once, words only at
// word starts), reporting the category as the entity. Must never report the matched word itself.
import { ART9_LEXICON, type Art9Entity } from '../lexicon';
import type { Emit } from './text-patterns';

export const ART9_SCORE = 0.7;

interface Node {
  next: Map<number, Node>;
  entity: Art9Entity | null;
}

function newNode(): Node {
  return { next: new Map(), entity: null };
}

const englishRoot: (Node | undefined)[] = new Array<Node | undefined>(128);
const chineseRoot = new Map<number, Node>();

function insert(term: string, entity: Art9Entity): void {
  const lower = term.toLowerCase();
  const first = lower.charCodeAt(0);
  let node: Node;
  if (first < 128) {
    node = englishRoot[first] ?? newNode();
    englishRoot[first] = node;
  } else {
    node = chineseRoot.get(first) ?? newNode();
    chineseRoot.set(first, node);
  }
  for (let i = 1; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let child = node.next.get(c);
    if (child === undefined) {
      child = newNode();
      node.next.set(c, child);
    }
    node = child;
  }
  node.entity = entity;
}

for (const [entity, lists] of Object.entries(ART9_LEXICON) as [
  Art9Entity,
  { en: readonly string[]; zh: readonly string[] },
][]) {
  for (const term of lists.en) insert(term, entity);
  for (const term of lists.zh) insert(term, entity);
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII upper case folded to lower case; whitespace runs count as one space. */
function foldAscii(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 9 || c === 10 || c === 13) return 32;
  return c;
}

/** First characters of Chinese terms, as a bitmap over the BMP (the common case is a quick miss). */
const chineseFirst = new Uint8Array(65536);
for (const c of chineseRoot.keys()) chineseFirst[c] = 1;

/** Letters to 0-25, digits to 26-35, anything else to 36 (a word boundary). */
function code37(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return c - 22;
  return 36;
}

/**
 * First four characters of every English term (boundary-padded), as a bitset: nearly every word of
 * ordinary text is rejected with one lookup, so the trie is walked only for likely terms.
 */
const englishGrams = new Uint32Array(Math.ceil((37 * 37 * 37 * 37) / 32));
function gramAt(text: string, i: number): number {
  return (
    ((code37(text.charCodeAt(i)) * 37 + code37(text.charCodeAt(i + 1))) * 37 +
      code37(text.charCodeAt(i + 2))) *
      37 +
    code37(text.charCodeAt(i + 3))
  );
}
/** First two characters (as code37 pairs): the cheap first filter before the four-character one. */
const englishPairs = new Uint8Array(37 * 37);
for (const lists of Object.values(ART9_LEXICON)) {
  for (const term of lists.en) {
    const padded = term.toLowerCase() + '    ';
    const key = gramAt(padded, 0);
    englishGrams[key >>> 5]! |= 1 << (key & 31);
    englishPairs[code37(padded.charCodeAt(0)) * 37 + code37(padded.charCodeAt(1))] = 1;
  }
}

let matchedEntity: Art9Entity | null = null;

/** End of the longest acceptable match from `start` (entity in `matchedEntity`), or -1. */
function walk(text: string, start: number, root: Node, english: boolean): number {
  let node: Node | undefined = root;
  let bestEnd = -1;
  let i = start + 1;
  for (;;) {
    if (node.entity !== null && (!english || !isWordChar(text.charCodeAt(i)))) {
      bestEnd = i;
      matchedEntity = node.entity;
    }
    if (i >= text.length) break;
    node = node.next.get(english ? foldAscii(text.charCodeAt(i)) : text.charCodeAt(i));
    if (node === undefined) break;
    i++;
  }
  return bestEnd;
}

/**
 * Finds lexicon terms and reports them through `emit`. Also returns whether the text holds any character
 * `flagged` marks (the caller's "needs normalising" set), and appends to `digitWords` the start of every
 * ASCII word that holds a digit (the digit pre-scan's chain starts), so the text is visited once for all.
 */
export function findSpecialCategories(
  text: string,
  emit: Emit,
  wanted: (entity: string) => boolean,
  flagged: Uint8Array,
  digitWords: number[],
): boolean {
  const n = text.length;
  let sawFlagged = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      if (
        englishPairs[code37(c) * 37 + code37(text.charCodeAt(i + 1))] === 1 &&
        (englishGrams[gramAt(text, i) >>> 5]! & (1 << (gramAt(text, i) & 31))) !== 0
      ) {
        const root = englishRoot[c >= 65 && c <= 90 ? c + 32 : c];
        matchedEntity = null;
        const end = root === undefined ? -1 : walk(text, i, root, true);
        if (end > 0 && matchedEntity !== null && wanted(matchedEntity)) {
          emit(matchedEntity, i, end, ART9_SCORE);
          i = end;
          continue;
        }
      }
      const start = i;
      let digit = c >= 48 && c <= 57;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) digit = true;
        else if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122))) break;
        i++;
      }
      if (digit) digitWords.push(start);
    } else {
      if (flagged[c] === 1) sawFlagged = true;
      if (chineseFirst[c] === 1) {
        matchedEntity = null;
        const end = walk(text, i, chineseRoot.get(c)!, false);
        if (end > 0 && matchedEntity !== null && wanted(matchedEntity)) {
          emit(matchedEntity, i, end, ART9_SCORE);
          i = end;
          continue;
        }
      }
      i++;
    }
  }
  return sawFlagged;
}
