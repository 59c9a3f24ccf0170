// Special-category (GDPR Art. 9) detection in free text, reporting the category as the entity. Terms that
// start with an ASCII character: art9-ascii.ts. The others (Chinese): one visit of the non-ASCII runs (a
// native regex finds them, one table lookup per character) walks a small trie from each term's first
// character and takes the longest term; the same visit notes characters that need normalising and
// records non-ASCII context words. Linear. Must never report the matched word itself.
import { ART9_LEXICON, type Art9Entity } from '../lexicon';
import { exclusionsByTerm, insideExclusion } from '../lexicon-exclusions';
import { ART9_SCORE, findAsciiTerms, type ContextRecorder } from './art9-ascii';
import type { Emit } from './text-patterns';

export { ART9_SCORE, type ContextRecorder } from './art9-ascii';

interface Node {
  next: Map<number, Node>;
  entity: Art9Entity | null;
}

/** First characters of the other terms, as a bitmap over the BMP. */
const otherFirst = new Uint8Array(65536);

/** The other terms (lower case), and the phrases holding one that say nothing about a person. */
const otherTerms: string[] = [];

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
    if (lower.charCodeAt(0) < 128) continue;
    insertOther(lower, entity);
    otherTerms.push(lower);
  }
}
for (const c of otherRoot.keys()) otherFirst[c] = 1;
const EXCLUSIONS = exclusionsByTerm(otherTerms);

/** A non-ASCII character: Chinese terms and foldable characters are only in runs of these. */
const NON_ASCII = /[\u0080-\uffff]/g;

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
        if (
          end > 0 &&
          found.entity !== null &&
          wanted(found.entity) &&
          !insideExclusion(text, i, end, EXCLUSIONS)
        ) {
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
