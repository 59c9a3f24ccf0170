// Context-word occurrences found on demand around the candidates that ask (for texts where the whole-text
// index is not available, e.g. text that needed normalising). Each position is indexed at most once per
// contiguous covered range. Must never read more than one longest word beyond the asked-about range.
import { Occurrences, type ContextVocabulary } from './context-index';
import { trieSource } from './trie-regex';

const startFinders = new WeakMap<ContextVocabulary, RegExp>();

/**
 * Where a word may start, found natively: an ASCII-initial word after a non-alphanumeric character (which
 * the regex consumes) or at the start, or the first character of any other word. The trie decides.
 */
function startFinder(v: ContextVocabulary): RegExp {
  let re = startFinders.get(v);
  if (re === undefined) {
    const other: string[] = [];
    for (let c = 0; c < 65536; c++) if (v.otherFirst[c] === 1) other.push(String.fromCharCode(c));
    const parts = [`(?:^|[^A-Za-z0-9])${trieSource(v.asciiWords)}`];
    if (other.length > 0) parts.push(`[${other.join('').replace(/[\\\]^-]/g, '\\$&')}]`);
    re = new RegExp(parts.join('|'), 'gi');
    startFinders.set(v, re);
  }
  return re;
}

export class LazyContextIndex {
  private readonly found = new Occurrences();
  /** Covered range [from, to): every word starting there is recorded. */
  private from = 0;
  private to = 0;

  constructor(
    readonly text: string,
    private readonly vocabulary: ContextVocabulary,
  ) {}

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

  /** Records every word starting in [a, b). */
  private index(a: number, b: number): void {
    const text = this.text;
    const from = Math.max(0, a - 1); // the character before a word start is consumed by the regex
    // Words starting before b may end after it: the slice reaches one longest word further.
    const slice = text.slice(from, Math.min(text.length, b + this.vocabulary.longest));
    const re = startFinder(this.vocabulary); // detect() is synchronous: never used by two walks at once
    re.lastIndex = 0;
    let recorded = a - 1;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      // The word starts at the match or, after a consumed boundary character, one further.
      const at = from + m.index;
      for (let p = Math.max(at, recorded + 1); p <= at + 1 && p < b; p++) {
        this.found.recordAt(text, p, this.vocabulary);
      }
      recorded = Math.max(recorded, Math.min(at + 1, b - 1));
      if (at + 1 >= b) break;
      re.lastIndex = m.index + 1;
    }
  }
}
