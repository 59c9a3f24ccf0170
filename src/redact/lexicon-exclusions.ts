// Phrases that hold an Art. 9 lexicon term without saying anything about a person: organisation names
// ("Cancer Research UK"), history and weather ("the Great Depression", "a tropical depression") and product
// wording ("fingerprint-proof glass"). A special-category finding blocks a save, so these must not raise
// one. Must never hold a phrase that also describes a person's own condition ("cancer centre": "she is at
// the cancer centre" is health data), and must only be consulted once a term has matched (no scan).
import { isAsciiAlnum } from './context-index';

/**
 * Names of organisations and events are written as such: a phrase with capitals matches only as written
 * ("Cancer Research UK", not "has cancer. research"; "the Great Depression", not "a great depression").
 * Lower-case phrases match in any case. A space matches one blank (never a line break: "a Catholic\n
 * University of Leeds" may be two facts).
 */
export const ART9_NOT_PERSONAL: readonly string[] = [
  'American Cancer Society',
  'Cancer Research UK',
  'Cancer Research',
  'Macmillan Cancer Support',
  'Diabetes UK',
  'American Diabetes Association',
  'Great Depression',
  'tropical depression',
  'economic depression',
  'fingerprint-proof',
  'fingerprint-resistant',
  'fingerprint resistant',
  'anti-fingerprint',
  'Catholic University',
  'Christian Aid',
  'Islamic Bank',
  'Islamic banking',
  'Islamic finance',
  'Jewish Museum',
  '癌症基金会',
  '癌症研究',
];

interface Exclusion {
  phrase: string;
  /** Where the term starts inside the phrase. */
  offset: number;
}

/** The lookup key of a matched term: lower case, line breaks read as a space (terms may hold them). */
function keyOf(text: string): string {
  return text.toLowerCase().replace(/\s/g, ' ');
}

/** The text of a phrase candidate as it must equal the phrase: blanks as one space, case kept. */
function asWritten(text: string): string {
  return text.replace(/[ \t]/g, ' ');
}

/** For each term (lower case), the phrases holding it (at a word start when the term is ASCII-initial). */
export function exclusionsByTerm(terms: Iterable<string>): Map<string, Exclusion[]> {
  const byTerm = new Map<string, Exclusion[]>();
  for (const term of terms) {
    const ascii = isAsciiAlnum(term.charCodeAt(0));
    for (const phrase of ART9_NOT_PERSONAL) {
      const lower = phrase.toLowerCase();
      for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
        if (ascii && at > 0 && isAsciiAlnum(lower.charCodeAt(at - 1))) continue;
        const list = byTerm.get(term) ?? [];
        list.push({ phrase, offset: at });
        byTerm.set(term, list);
      }
    }
  }
  return byTerm;
}

/** True when the term matched at [start, end) of `text` lies inside one of its exclusion phrases. */
export function insideExclusion(
  text: string,
  start: number,
  end: number,
  byTerm: ReadonlyMap<string, readonly Exclusion[]>,
): boolean {
  const candidates = byTerm.get(keyOf(text.slice(start, end)));
  if (candidates === undefined) return false;
  for (const { phrase, offset } of candidates) {
    const from = start - offset;
    const to = from + phrase.length;
    if (from < 0 || to > text.length) continue;
    const written = asWritten(text.slice(from, to));
    if (phrase === phrase.toLowerCase() ? written.toLowerCase() !== phrase : written !== phrase)
      continue;
    const wordPhrase = isAsciiAlnum(phrase.charCodeAt(0));
    if (wordPhrase && from > 0 && isAsciiAlnum(text.charCodeAt(from - 1))) continue;
    if (isAsciiAlnum(phrase.charCodeAt(phrase.length - 1)) && isAsciiAlnum(text.charCodeAt(to)))
      continue;
    return true;
  }
  return false;
}
