// Where a URL may start: a scheme ("http://", "https://", "ftp://"), "www." at a word start, or a known
// top-level domain ending a host (".com" not followed by a letter, digit or "-"), any case. Found with
// indexOf over "://" and "." plus a few character checks (cheaper than one regex with these alternatives,
// whose matches it reproduces exactly, leftmost first). Must never look further back than six characters.

export const TLDS =
  'com|org|net|edu|gov|mil|int|io|co|ai|app|dev|info|biz|me|tv|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|cz|pt|ie|eu|us|ca|au|nz|jp|kr|cn|hk|tw|sg|in|br|mx|ru|xyz|online|site|tech|shop|cloud';

export const URL_TRIGGER_KIND = { scheme: 1, www: 2, domain: 3 } as const;

/** Up to six lower-case letters packed into a number (base 32, each letter 1..26). */
function packed(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 32 + (word.charCodeAt(i) - 96);
  return key;
}
const TLD_KEYS = new Set(TLDS.split('|').map(packed));
const LONGEST_TLD = Math.max(...TLDS.split('|').map((t) => t.length));

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
function isTldRunChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}
/** A word character for the regex `\b`: ASCII letter, digit or "_". */
function isRegexWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function lowerEquals(text: string, at: number, word: string): boolean {
  if (at < 0) return false;
  for (let i = 0; i < word.length; i++) {
    if (lower(text.charCodeAt(at + i)) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** One trigger: [start, end) as the regex would match it, and its kind (0 = none). */
export class UrlTrigger {
  start = -1;
  end = -1;
  kind = 0;
}

/** First scheme trigger starting at or after `from`, into `out` (kind 0 when none). */
function nextScheme(text: string, from: number, out: UrlTrigger): void {
  out.kind = 0;
  let p = text.indexOf('://', from);
  while (p >= 0) {
    let start = -1;
    if (lowerEquals(text, p - 5, 'https')) start = p - 5;
    else if (lowerEquals(text, p - 4, 'http')) start = p - 4;
    else if (lowerEquals(text, p - 3, 'ftp')) start = p - 3;
    if (start >= from) {
      out.start = start;
      out.end = p + 3;
      out.kind = URL_TRIGGER_KIND.scheme;
      return;
    }
    p = text.indexOf('://', p + 1);
  }
}

/** First "www." or domain trigger starting at or after `from`, into `out` (kind 0 when none). */
function nextDot(text: string, from: number, out: UrlTrigger): void {
  out.kind = 0;
  let d = text.indexOf('.', from);
  while (d >= 0) {
    const w = d - 3;
    if (
      w >= from &&
      lowerEquals(text, w, 'www') &&
      (w === 0 || !isRegexWordChar(text.charCodeAt(w - 1)))
    ) {
      out.start = w;
      out.end = d + 1;
      out.kind = URL_TRIGGER_KIND.www;
      return;
    }
    // The run after the dot must be exactly a listed top-level domain.
    let k = d + 1;
    let key = 0;
    while (k < text.length && isTldRunChar(text.charCodeAt(k)) && k - d <= LONGEST_TLD + 1) {
      const c = lower(text.charCodeAt(k));
      key = c >= 97 && c <= 122 && key >= 0 ? key * 32 + (c - 96) : -1;
      k++;
    }
    if (k - d > 2 && key > 0 && !(k < text.length && isTldRunChar(text.charCodeAt(k)))) {
      if (TLD_KEYS.has(key)) {
        out.start = d;
        out.end = k;
        out.kind = URL_TRIGGER_KIND.domain;
        return;
      }
    }
    d = text.indexOf('.', d + 1);
  }
}

/** Finds URL triggers in order; each call to `next(from)` gives the leftmost one starting at >= from. */
export class UrlTriggers {
  private readonly scheme = new UrlTrigger();
  private readonly dot = new UrlTrigger();
  private schemeFrom = -1;
  private dotFrom = -1;

  constructor(private readonly text: string) {}

  /** The leftmost trigger starting at or after `from` (callers never move `from` backwards). */
  next(from: number): UrlTrigger | null {
    if (this.schemeFrom < 0 || (this.scheme.kind !== 0 && this.scheme.start < from)) {
      nextScheme(this.text, from, this.scheme);
      this.schemeFrom = from;
    }
    if (this.dotFrom < 0 || (this.dot.kind !== 0 && this.dot.start < from)) {
      nextDot(this.text, from, this.dot);
      this.dotFrom = from;
    }
    const a = this.scheme.kind === 0 ? null : this.scheme;
    const b = this.dot.kind === 0 ? null : this.dot;
    if (a === null) return b;
    if (b === null) return a;
    return a.start <= b.start ? a : b;
  }
}
