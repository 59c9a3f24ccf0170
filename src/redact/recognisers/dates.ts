// Dates in free text that the digit-chain windows do not see whole: month-name dates ending at a year
// ("12 March 1985", "15. Januar 2026", "03-May-1990"), Chinese dates starting at one (1985年3月12日), and
// the birth labels that make a date a date of birth. Must never scan: every function reads a short,
// bounded slice around a year or a date the caller found.
import { isValidDate } from '../checksums';
import { SCORE } from './scores';
import type { Emit } from './text-patterns';

/**
 * A birth label shortly before a date ("DOB:", "born on", "Geburtsdatum", "出生日期"), not a birthplace
 * (出生地, "birthplace") or a birthday party. Group 1 is the label; the caller checks what follows it.
 */
const BIRTH_LABEL =
  /(?:^|[^A-Za-z])(born|birth(?:date|day)?(?!place| party)|dob|d\.o\.b|date of birth|geboren|geburtsdatum|geb\.|né le|née le)(?![A-Za-z])|(出生日期|出生年月|出生(?!地)|生日(?!会|派对)|生于)/gi;
/** Another date label between the birth label and the date (whole words): not the birthday then. */
const OTHER_DATE_LABEL =
  /\b(?:joined|started|hired|met|meeting|visit|deadline|since|until|party)\b|入职|加入|会议|见面|截止|拜访/i;
/** The same labels written right after the date: "03/05/1990 (DOB)". */
const BIRTH_LABEL_AFTER =
  /^[\s,;:(（-]{0,3}(?:(?:born|dob|d\.o\.b|date of birth)(?![A-Za-z])|出生|生日)/i;
const BIRTH_LABEL_BEFORE_SPAN = 48;
const BIRTH_LABEL_AFTER_SPAN = 16;

/** True when the date at [start, end) of `text` is labelled as a date of birth. */
export function birthLabelled(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - BIRTH_LABEL_BEFORE_SPAN), start);
  BIRTH_LABEL.lastIndex = 0;
  let labelEnd = -1;
  for (let m = BIRTH_LABEL.exec(before); m !== null; m = BIRTH_LABEL.exec(before)) {
    labelEnd = m.index + m[0].length;
  }
  // A line break may sit between them: "Date of birth\n12/03/1985" is how forms and lists write it.
  if (labelEnd >= 0 && !OTHER_DATE_LABEL.test(before.slice(labelEnd))) return true;
  return BIRTH_LABEL_AFTER.test(text.slice(end, end + BIRTH_LABEL_AFTER_SPAN));
}

/** Month words (lower case, no trailing "."): English, German and French names and abbreviations. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['january jan janvier janv januar jän', 1],
      ['february feb février févr fevrier februar', 2],
      ['march mar mars märz maerz', 3],
      ['april apr avril avr', 4],
      ['may mai', 5],
      ['june jun juin juni', 6],
      ['july jul juillet juil juli', 7],
      ['august aug août aout', 8],
      ['september sep sept septembre', 9],
      ['october oct octobre oktober okt', 10],
      ['november nov novembre', 11],
      ['december dec décembre decembre dezember dez', 12],
    ] as const
  ).flatMap(([words, month]) => words.split(' ').map((w) => [w, month] as const)),
);
const MONTH_WORD = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
/**
 * "12 March", "12th of March", "15. Januar", "03-May-", "March 12," right before a year (end-anchored on a
 * short slice).
 */
const BEFORE_YEAR = new RegExp(
  `(?:(?<![0-9])(\\d{1,2})(?:st|nd|rd|th|\\.)?(?: of)?[ /-]${MONTH_WORD},?[ /-]|(?<![A-Za-z])${MONTH_WORD} (\\d{1,2})(?:st|nd|rd|th)?,? )$`,
  'i',
);
const CHINESE_DATE = /((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]/y;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Cheap necessary condition for BEFORE_YEAR before the year at `start`: both of its forms end in a space,
 * "-" or "/" after a letter, ".", "," or digit, and hold a month word (letters) within the 24 characters
 * it reads.
 */
function monthWordMayEndAt(text: string, start: number): boolean {
  const joint = text.charCodeAt(start - 1);
  if (joint !== 32 && joint !== 45 && joint !== 47) return false;
  const c = text.charCodeAt(start - 2);
  if (!(isAsciiLetter(c) || c === 46 || c === 44 || (c >= 48 && c <= 57))) return false;
  for (let k = start - 2; k >= Math.max(0, start - 24); k--) {
    if (isAsciiLetter(text.charCodeAt(k))) return true;
  }
  return false;
}

/**
 * Dates around a 4-digit year group [start, start + 4) found by the digit pre-scan: month-name dates
 * ending at the year ("12 March 1985", "March 12, 1985") and Chinese dates starting at it (1985年3月12日).
 */
export function wordDateAtYear(text: string, start: number, emit: Emit): void {
  // The caller hands a group of four ASCII digits: read it without a slice.
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) return; // 19xx or 20xx
  const fullYear =
    (c0 - 48) * 1000 +
    (c1 - 48) * 100 +
    (text.charCodeAt(start + 2) - 48) * 10 +
    (text.charCodeAt(start + 3) - 48);
  const after = text.charCodeAt(start + 4);
  if (after === 0x5e74 || (after === 32 && text.charCodeAt(start + 5) === 0x5e74)) {
    CHINESE_DATE.lastIndex = start;
    const m = CHINESE_DATE.exec(text);
    if (m !== null && isValidDate(fullYear, Number(m[2]), Number(m[3]))) {
      emit('DATE_TIME', start, start + m[0].length, SCORE.medium);
    }
    return;
  }
  if (!monthWordMayEndAt(text, start)) return;
  const from = Math.max(0, start - 24);
  const d = BEFORE_YEAR.exec(text.slice(from, start));
  if (d === null) return;
  const day = Number(d[1] ?? d[4]);
  const month = MONTHS.get((d[2] ?? d[3] ?? '').toLowerCase()) ?? 0;
  if (isValidDate(fullYear, month, day)) emit('DATE_TIME', from + d.index, start + 4, SCORE.medium);
}
