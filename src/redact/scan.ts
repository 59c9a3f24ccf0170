// Linear pre-scan: finds "chains" of alphanumeric groups that contain a digit, joined by separators
// (spaces, - . / ( ), line breaks), and walks bounded windows of consecutive groups for the validators.
// Must never run an unbounded backtracking pattern: one native regex finds chain starts, the rest is a loop.

/** Chain triggers: a digit. The chain starts at the digit's token start (the walk back is bounded by the
 * previous chain's end, since lastIndex always moves past a processed chain). */
const DIGIT = /[0-9]/g;

export const MAX_CHAIN_GROUPS = 64;
export const MAX_WINDOW_GROUPS = 9;
/** No recogniser matches fewer characters than this. */
export const MIN_WINDOW_LENGTH = 4;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
/** - . / ( ) */
function isPunctSeparator(c: number): boolean {
  return c === 45 || c === 46 || c === 47 || c === 40 || c === 41;
}

/** Every separator the chain walk accepts, trimmed of blanks and line breaks. */
export const SEPARATORS = ['', '-', '.', '/', '(', ')', ')('] as const;

/** Kind of the separator text [from, to): it holds at most one of - . / ( ) or the pair ")(". */
function separatorKind(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 45) return 1;
    if (c === 46) return 2;
    if (c === 47) return 3;
    if (c === 40) return 4;
    if (c === 41) return text.charCodeAt(k + 1) === 40 ? 6 : 5;
  }
  return 0;
}

/** One chain: groups as [start, end) pairs in the scanned text, and per-group letter flags. Reused. */
export class Chain {
  readonly starts = new Int32Array(MAX_CHAIN_GROUPS);
  readonly ends = new Int32Array(MAX_CHAIN_GROUPS);
  readonly hasLetter = new Uint8Array(MAX_CHAIN_GROUPS);
  /** separatorKind[g]: the separator after group g, trimmed of blanks, as an index into SEPARATORS. */
  readonly separatorKind = new Uint8Array(MAX_CHAIN_GROUPS);
  /** compactOffsets[k] = offset of group k in `compact`; one extra entry at the end. */
  readonly compactOffsets = new Int32Array(MAX_CHAIN_GROUPS + 1);
  size = 0;
  private compact: string | null = null;

  reset(): void {
    this.size = 0;
    this.compact = null;
  }

  /** All groups concatenated (built on first use, once per chain); `text` is the scanned text. */
  compactText(text: string): string {
    if (this.compact === null) {
      let compact = '';
      for (let g = 0; g < this.size; g++) compact += text.slice(this.starts[g], this.ends[g]);
      this.compact = compact;
    }
    return this.compact;
  }
}

/** Reads one group at `pos`; returns its end. */
function readGroup(text: string, pos: number, chain: Chain): number {
  let end = pos;
  let letter = 0;
  const n = text.length;
  while (end < n) {
    const c = text.charCodeAt(end);
    if (c >= 48 && c <= 57) {
      end++;
      continue;
    }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letter = 1;
    else break;
    end++;
  }
  const g = chain.size++;
  chain.starts[g] = pos;
  chain.ends[g] = end;
  chain.hasLetter[g] = letter;
  return end;
}

/** Skips one separator after a group; returns the next group's start or -1. */
function skipSeparator(text: string, pos: number): number {
  const n = text.length;
  let q = pos;
  let blanks = 0;
  while (q < n && blanks < 2 && isBlank(text.charCodeAt(q))) {
    q++;
    blanks++;
  }
  const c = text.charCodeAt(q);
  let punct = false;
  if (isPunctSeparator(c)) {
    q++;
    punct = true;
    if (text.charCodeAt(q) === 40 && c === 41) q++; // ")(" is odd but harmless
  } else if (c === 13 || c === 10) {
    q += c === 13 && text.charCodeAt(q + 1) === 10 ? 2 : 1;
    punct = true;
  }
  if (punct) {
    blanks = 0;
    while (q < n && blanks < 2 && isBlank(text.charCodeAt(q))) {
      q++;
      blanks++;
    }
  }
  if (q === pos || q >= n) return -1;
  return isAlnum(text.charCodeAt(q)) ? q : -1;
}

/** True when the separator text [from, to) holds a full stop followed by a blank. */
function isSentenceEnd(text: string, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (text.charCodeAt(k) === 46 && isBlank(text.charCodeAt(k + 1))) return true;
  }
  return false;
}

/** A letters-only group joins a chain only when short and upper case (IBAN "WEST", NINO "C"). */
function acceptableLetterGroup(text: string, pos: number): boolean {
  let k = pos;
  while (k < text.length && isUpper(text.charCodeAt(k))) k++;
  if (k - pos > 4) return false;
  const c = text.charCodeAt(k);
  return !(c >= 97 && c <= 122) && (k - pos > 0 || isDigit(c));
}

/** Start of a short upper-case prefix group before `pos` ("AB 12 34 56 C"), or `pos` itself. */
function prefixGroupStart(text: string, pos: number): number {
  let q = pos - 1;
  let blanks = 0;
  while (q >= 0 && blanks < 2 && isBlank(text.charCodeAt(q))) {
    q--;
    blanks++;
  }
  if (blanks === 0) return pos;
  let k = q;
  while (k >= 0 && pos - k <= 6 && isUpper(text.charCodeAt(k))) k--;
  const letters = q - k;
  if (letters < 1 || letters > 3) return pos;
  if (k >= 0 && isAlnum(text.charCodeAt(k))) return pos;
  return k + 1;
}

/** Calls `visit` for every chain in `text`, in order; the chain object is reused between calls. */
export function forEachChain(text: string, visit: (chain: Chain) => void): void {
  const re = DIGIT; // detect() is synchronous: the shared regex is never used by two walks at once
  re.lastIndex = 0;
  const chain = new Chain();
  // test() rather than exec(): no match object per trigger; the digit is the one before lastIndex.
  while (re.test(text)) {
    const trigger = re.lastIndex - 1;
    chain.reset();
    let tokenStart = trigger;
    while (tokenStart > 0 && isAlnum(text.charCodeAt(tokenStart - 1))) tokenStart--;
    let pos = prefixGroupStart(text, tokenStart);
    let end = readGroup(text, pos, chain);
    while (chain.size < MAX_CHAIN_GROUPS) {
      const next = skipSeparator(text, end);
      if (next < 0) break;
      const c = text.charCodeAt(next);
      if (c >= 97) break; // a lower-case word ("40 seats") ends the chain
      // A full stop then a blank ends a sentence: "…9452. SSN 195…" is two numbers, not one chain.
      if (!isDigit(c) && isSentenceEnd(text, end, next)) break;
      if (!isDigit(c) && !acceptableLetterGroup(text, next)) {
        // letters then digits in one group are fine ("GB82"); letters-only long words end the chain
        let k = next;
        while (k < text.length && !isDigit(text.charCodeAt(k)) && isAlnum(text.charCodeAt(k))) k++;
        if (!isDigit(text.charCodeAt(k))) break;
      }
      pos = next;
      end = readGroup(text, pos, chain);
    }
    let length = 0;
    for (let g = 0; g < chain.size; g++) {
      chain.compactOffsets[g] = length;
      length += chain.ends[g]! - chain.starts[g]!;
    }
    chain.compactOffsets[chain.size] = length;
    re.lastIndex = Math.max(end, re.lastIndex);
    if (length < MIN_WINDOW_LENGTH) continue; // "3", "12", "v1.2": nothing recognisable
    for (let g = 0; g + 1 < chain.size; g++) {
      chain.separatorKind[g] = separatorKind(text, chain.ends[g]!, chain.starts[g + 1]!);
    }
    visit(chain);
  }
}
