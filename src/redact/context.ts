// Context words: compiles word lists into small regexes and checks the text around a candidate.
// Must never scan more than a bounded window around the candidate (keeps detect linear).

export const CONTEXT_BEFORE = 48;
export const CONTEXT_AFTER = 24;

const cache = new WeakMap<readonly string[], RegExp>();

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** English (ASCII-initial) words must start at a word boundary; other scripts match anywhere. */
export function contextRegex(words: readonly string[]): RegExp {
  let re = cache.get(words);
  if (re === undefined) {
    const ascii = words.filter((w) => /^[a-z0-9]/.test(w)).map(escape);
    const other = words.filter((w) => !/^[a-z0-9]/.test(w)).map(escape);
    const parts: string[] = [];
    if (ascii.length > 0) parts.push(`(?<![A-Za-z0-9])(?:${ascii.join('|')})`);
    if (other.length > 0) parts.push(`(?:${other.join('|')})`);
    re = new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'i');
    cache.set(words, re);
  }
  return re;
}

/** True when a context word is in the bounded text before or after [start, end). */
export function hasContext(
  text: string,
  start: number,
  end: number,
  words: readonly string[],
): boolean {
  const re = contextRegex(words);
  return (
    re.test(text.slice(Math.max(0, start - CONTEXT_BEFORE), start)) ||
    re.test(text.slice(end, Math.min(text.length, end + CONTEXT_AFTER)))
  );
}

export const NEGATIVE_CONTEXT: readonly string[] = [
  'order',
  'invoice',
  'tracking',
  'reference',
  'ref',
  'ticket',
  'version',
  'build',
  'serial',
  'sku',
  'part no',
  'po number',
  'transaction id',
  'timestamp',
  'isbn',
  '订单',
  '单号',
  '发票',
  '版本',
  '流水号',
  '快递',
];
