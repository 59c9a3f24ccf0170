// Context-word occurrences found on demand around the candidates that ask: each position of the covered
// range is visited once (one table lookup; the trie walks only from possible word starts). Used when the
// whole-text index from the lexicon pass is not available (e.g. text that needed normalising). Must never
// read more than one longest word beyond the asked-about range.
import { foldCase, isAsciiAlnum, Occurrences, type ContextVocabulary } from './context-index';

const startKinds = new WeakMap<ContextVocabulary, Uint8Array>();

/** Per character: 1 = may start an ASCII-initial word (at a word start), 2 = may start another word. */
function startKind(v: ContextVocabulary): Uint8Array {
  let kinds = startKinds.get(v);
  if (kinds === undefined) {
    kinds = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      const f = foldCase(c);
      kinds[c] = v.needsBoundary[f] === 1 ? 1 : v.otherFirst[f] === 1 ? 2 : 0;
    }
    startKinds.set(v, kinds);
  }
  return kinds;
}

export class LazyContextIndex {
  private readonly found = new Occurrences();
  /** Covered range [from, to): every word starting there is recorded. */
  private from = 0;
  private to = 0;
  private readonly kinds: Uint8Array;

  constructor(
    readonly text: string,
    private readonly vocabulary: ContextVocabulary,
  ) {
    this.kinds = startKind(vocabulary);
  }

  near(start: number, end: number, lo: number, hi: number, members: Uint8Array): boolean {
    if (lo < this.from || lo > this.to) {
      this.found.clear();
      this.from = this.to = lo;
    }
    if (hi > this.to) {
      this.index(this.to, hi);
      this.to = hi;
    }
    return this.found.near(start, end, lo, hi, members);
  }

  /** Records every word starting in [a, b) (the trie walk may read past b, one word at most). */
  private index(a: number, b: number): void {
    const text = this.text;
    const kinds = this.kinds;
    let wordBefore = a > 0 && isAsciiAlnum(text.charCodeAt(a - 1));
    for (let p = a; p < b; p++) {
      const c = text.charCodeAt(p);
      const kind = kinds[c]!;
      if (kind === 2 || (kind === 1 && !wordBefore)) this.found.recordAt(text, p, this.vocabulary);
      wordBefore = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    }
  }
}
