// People quoted in articles: "…," said Maria Lopez, chief financial officer of Acme Logistics; "Daniel
// Reyes, a transportation analyst at Northgate Securities, said…"; "Acme Logistics chief executive Tom
// Whitfield told…"; "according to Priya Shah, managing director of Chesapeake Freight Advisors". Each name
// must pass the name test and each title the title test. Must never read more than a bounded slice of a
// text, or use a pattern that can backtrack without bound (every repeat is bounded).
import { emptyDraft, setText } from './draft';
import type { TextTests } from './text-tests';
import type { CaptureContext, ProspectDraft } from './types';

/** The scan keeps texts holding one of these words (lower case, whole words) for this reader. */
export const QUOTE_HIT = /\b(?:said|says|told|according to)\b/;

// Every word is bounded (at most 30 more characters): from any start the patterns read a bounded stretch,
// so a run of thousands of capitals costs linear time, not quadratic.
const NAME = String.raw`(\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){1,3})`;
const TITLE = String.raw`((?:[\p{L}&-]{1,30}\s){0,4}?[\p{L}&-]{1,30})`;
const LOWER_TITLE = String.raw`((?:\p{Ll}[\p{Ll}&-]{0,30}\s){0,3}\p{Ll}[\p{Ll}&-]{0,30})`;
const ORG = String.raw`(\p{Lu}[\p{L}\d&'’-]{0,30}(?:\s(?:&\s|of\s|and\s)?\p{Lu}[\p{L}\d&'’-]{0,30}){0,5})`;
const ARTICLE = String.raw`(?:an?\s|the\s)?`;

interface QuotePattern {
  re: RegExp;
  /** Capture group numbers of the name, title and organisation. */
  groups: readonly [number, number, number];
}

const PATTERNS: readonly QuotePattern[] = [
  // said NAME, TITLE of|at ORG / according to NAME, TITLE of|at ORG
  {
    re: new RegExp(
      String.raw`\b(?:said|says|according to)\s${NAME},\s${ARTICLE}${TITLE}\s(?:of|at)\s${ORG}`,
      'gu',
    ),
    groups: [1, 2, 3],
  },
  // NAME, a TITLE at|of ORG, said|says|told
  {
    re: new RegExp(
      String.raw`${NAME},\s${ARTICLE}${TITLE}\s(?:of|at)\s${ORG},\s(?:said|says|told)\b`,
      'gu',
    ),
    groups: [1, 2, 3],
  },
  // ORG lower-case-title NAME said|told
  {
    re: new RegExp(String.raw`${ORG}\s${LOWER_TITLE}\s${NAME}\s(?:said|says|told)\b`, 'gu'),
    groups: [3, 2, 1],
  },
];

const MAX_TEXT = 4000;
const MAX_PEOPLE_PER_TEXT = 10;

/** People named with a title and an organisation in one quoting sentence of `text` (found in `el`). */
export function readQuotedPeople(
  el: Element,
  text: string,
  tests: TextTests,
  ctx: CaptureContext,
): ProspectDraft[] {
  const bounded = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const people: ProspectDraft[] = [];
  const seen = new Set<string>();
  for (const { re, groups } of PATTERNS) {
    for (const m of bounded.matchAll(re)) {
      const [name, title, org] = groups.map((g) => m[g]?.trim() ?? '');
      if (!name || !title || !org || seen.has(name)) continue;
      if (!tests.isName(name) || !tests.isTitle(title) || org === name) continue;
      if (tests.isSiteBrand(name, el)) continue;
      seen.add(name);
      const draft = emptyDraft();
      setText(draft, 'name', name, 'text', el, ctx);
      setText(draft, 'jobTitle', title, 'text', el, ctx);
      setText(draft, 'organization', org, 'text', el, ctx);
      people.push(draft);
      if (people.length >= MAX_PEOPLE_PER_TEXT) return people;
    }
  }
  return people;
}
