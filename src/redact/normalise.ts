// Detection-only normalisation: folds full-width forms, odd spaces and dashes, drops zero-width characters,
// and keeps what is needed to map offsets back. Must never change what the caller stores or displays.

export interface NormalisedText {
  /** Text the recognisers scan. */
  text: string;
  /**
   * For each dropped character, in order: the normalised offset it would have had. Folding is one unit for
   * one unit, so only drops shift offsets. Empty when nothing was dropped.
   */
  dropped: number[];
}

// Anything the fold below changes; absent in most text, which is then used as is (the fast path).
// Full-width forms: only those that can be part of what the recognisers read (digits, letters, @ . - + / ( )
// :) are folded, so Chinese punctuation such as ，。！ keeps ordinary text on the fast path.
const FOLDABLE =
  /[\u00a0\u00ad\u180e\u2000-\u2015\u2028\u2029\u202f\u205f\u2060\u2212\u3000\ufe58\ufe63\ufeff\uff08\uff09\uff0b\uff0d-\uff1a\uff20-\uff3a\uff41-\uff5a]/g;

/** Replacement for one UTF-16 unit: '' = drop it. */
function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff08 && code <= 0xff5a) return String.fromCharCode(code - 0xfee0); // full-width ASCII
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060) return '';
  if (code === 0xfeff || code === 0x00ad || code === 0x180e) return '';
  if (code === 0x2028 || code === 0x2029) return '\n';
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63)
    return '-';
  return ' '; // no-break, ideographic and typographic spaces
}

/** FOLDABLE as a bitmap over the BMP, for callers that visit every character anyway. */
export const FOLDABLE_CHARS = new Uint8Array(65536);
{
  const ranges = FOLDABLE.source
    .slice(1, -1)
    .replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  for (let k = 0; k < ranges.length; k++) {
    const from = ranges.charCodeAt(k);
    if (ranges[k + 1] === '-') {
      const to = ranges.charCodeAt(k + 2);
      FOLDABLE_CHARS.fill(1, from, to + 1);
      k += 2;
    } else FOLDABLE_CHARS[from] = 1;
  }
}

/** `known` = the caller already knows whether the text holds a foldable character. */
export function normalise(text: string, known?: boolean): NormalisedText {
  const dropped: number[] = [];
  FOLDABLE.lastIndex = 0;
  if (known === false || (known === undefined && !FOLDABLE.test(text))) return { text, dropped };
  const folded = text.replace(FOLDABLE, (ch: string, offset: number) => {
    const out = fold(ch);
    if (out === '') dropped.push(offset - dropped.length);
    return out;
  });
  return { text: folded, dropped };
}

/** Number of dropped characters whose normalised offset is <= i. */
function droppedUpTo(dropped: readonly number[], i: number): number {
  let lo = 0;
  let hi = dropped.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dropped[mid] ?? 0) <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original [start, end) for a normalised, non-empty [start, end). */
export function toOriginal(n: NormalisedText, start: number, end: number): [number, number] {
  if (n.dropped.length === 0) return [start, end];
  return [start + droppedUpTo(n.dropped, start), end - 1 + droppedUpTo(n.dropped, end - 1) + 1];
}
