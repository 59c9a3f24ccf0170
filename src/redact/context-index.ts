// Context-word vocabulary and occurrence store. The vocabulary is one trie over every registered word list
// (case folded as the regex `i` flag folds these words); an occurrence store holds, in order of start,
// every word found in a text with its end and word id, and answers "is a word of this list near [s, e)?".
// Must never record a word at a position that is not a word start (ASCII-initial words need a boundary).

/** Words and lists compiled once: a dense trie over folded words and, per list, its member word ids. */
export interface ContextVocabulary {
  /** Column of each (folded) character in `next`, 0 when no word holds it. */
  readonly column: Uint16Array;
  readonly columns: number;
  /** Dense transitions: next[node * columns + column] = child node, or 0 (node 0 is the root). */
  readonly next: Int32Array;
  /** 1 when words starting with that (folded) character must start at a word boundary (ASCII first). */
  readonly needsBoundary: Uint8Array;
  /** 1 for the first character of a word that does not start with an ASCII letter or digit. */
  readonly otherFirst: Uint8Array;
  /** Word id ending at each node, or -1. */
  readonly terminal: Int32Array;
  /** Per registered list: membership[wordId] === 1 when the word is in the list. */
  readonly membership: WeakMap<readonly string[], Uint8Array>;
  /** Every word starting with an ASCII letter or digit (for regexes that find them). */
  readonly asciiWords: readonly string[];
  /** Length of the longest word. */
  readonly longest: number;
}

/** ASCII and Latin-1 upper case to lower case (what the regex `i` flag folds for these words). */
export function foldCase(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const ASCII_INITIAL = /^[a-z0-9]/i;

export function buildVocabulary(lists: readonly (readonly string[])[]): ContextVocabulary {
  const column = new Uint16Array(65536);
  const needsBoundary = new Uint8Array(65536);
  const otherFirst = new Uint8Array(65536);
  let columns = 1;
  const children: Map<number, number>[] = [new Map<number, number>()];
  const terminal: number[] = [-1];
  const wordIds = new Map<string, number>();
  const insert = (word: string): number => {
    const known = wordIds.get(word);
    if (known !== undefined) return known;
    const first = foldCase(word.charCodeAt(0));
    if (ASCII_INITIAL.test(word)) needsBoundary[first] = 1;
    else otherFirst[first] = 1;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = foldCase(word.charCodeAt(i));
      if (column[c] === 0) column[c] = columns++;
      let child = children[node]!.get(c);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        terminal.push(-1);
        children[node]!.set(c, child);
      }
      node = child;
    }
    const id = wordIds.size;
    wordIds.set(word, id);
    terminal[node] = id;
    return id;
  };
  const ids = lists.map((list) => list.filter((w) => w.length > 0).map((w) => insert(w)));
  const next = new Int32Array(children.length * columns);
  children.forEach((map, node) => {
    for (const [c, child] of map) next[node * columns + column[c]!] = child;
  });
  const membership = new WeakMap<readonly string[], Uint8Array>();
  lists.forEach((list, k) => {
    const members = new Uint8Array(wordIds.size);
    for (const id of ids[k]!) members[id] = 1;
    membership.set(list, members);
  });
  const words = [...wordIds.keys()];
  return {
    column,
    columns,
    next,
    needsBoundary,
    otherFirst,
    terminal: Int32Array.from(terminal),
    membership,
    asciiWords: words.filter((w) => ASCII_INITIAL.test(w)),
    longest: Math.max(0, ...words.map((w) => w.length)),
  };
}

/** Word occurrences in one text, appended in order of start. */
export class Occurrences {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly words: number[] = [];
  /** Where the last search ended (a hint for the next one). */
  private cursor = 0;

  clear(): void {
    this.cursor = 0;
    this.starts.length = 0;
    this.ends.length = 0;
    this.words.length = 0;
  }

  /** Records every word starting at p (every trie terminal on the way: "ref" and "reference"). */
  recordAt(text: string, p: number, v: ContextVocabulary): void {
    const first = foldCase(text.charCodeAt(p));
    let node = v.next[v.column[first]!]!; // row 0 is the root
    if (node === 0) return;
    if (v.needsBoundary[first] === 1 && p > 0 && isAsciiAlnum(text.charCodeAt(p - 1))) return;
    let q = p + 1;
    while (node !== 0) {
      const word = v.terminal[node]!;
      if (word >= 0) {
        this.starts.push(p);
        this.ends.push(q);
        this.words.push(word);
      }
      if (q >= text.length) break;
      node = v.next[node * v.columns + v.column[foldCase(text.charCodeAt(q))]!]!;
      q++;
    }
  }

  /** First index whose start is >= lo: near the previous answer when requests move forward. */
  private firstFrom(lo: number): number {
    const starts = this.starts;
    let a = 0;
    let b = starts.length;
    const hint = Math.min(this.cursor, b);
    if (hint === 0 || starts[hint - 1]! < lo) {
      a = hint;
      // A few linear steps cover the usual short move; a long one falls back to bisection.
      for (let steps = 0; steps < 8 && a < b && starts[a]! < lo; steps++) a++;
      if (a === b || starts[a]! >= lo) return (this.cursor = a);
    } else {
      b = hint - 1;
    }
    while (a < b) {
      const mid = (a + b) >> 1;
      if (starts[mid]! < lo) a = mid + 1;
      else b = mid;
    }
    return (this.cursor = a);
  }

  /** True when a member word lies wholly in [lo, start) or in [end, hi). */
  near(start: number, end: number, lo: number, hi: number, members: Uint8Array): boolean {
    const starts = this.starts;
    for (let k = this.firstFrom(lo); k < starts.length; k++) {
      const s = starts[k]!;
      if (s >= hi) break;
      if (members[this.words[k]!] !== 1) continue;
      const e = this.ends[k]!;
      if (e <= start || (s >= end && e <= hi)) return true;
    }
    return false;
  }
}
