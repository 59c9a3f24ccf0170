// Normalises a page draft into a reviewable person: valid lower-case emails, E.164 phones, absolute URLs.
// Runs outside the page (background) so the injected script stays small. Must never keep invalid values.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import * as v from 'valibot';
import { EmailSchema, type Person, type ProvenanceMap } from '@src/lead/person';
import type { PersonField, Provenance } from '@src/lead/provenance';
import { cleanName, cleanText } from './draft';
import { defaultRegion, regionFromDraft, tldOf } from './region';
import type { CaptureResult, ProspectDraft } from './types';

export { defaultRegion } from './region';

export interface ReviewDraft {
  draftId: string;
  person: Person;
  provenance: ProvenanceMap;
  sourceUrl: string;
}

export function normalizePhone(raw: string, region: CountryCode | undefined): string | undefined {
  const text = raw
    .normalize('NFKC')
    .replace(/^\s*tel:/i, '')
    .replace(/\s*(?:ext\.?|x|分机|转)\s*\d+\s*$/i, '')
    .replace(/\(0\)/, '');
  try {
    const phone = parsePhoneNumberFromString(text, region);
    return phone?.isValid() ? phone.number : undefined;
  } catch {
    return undefined;
  }
}

export function normalizeEmail(raw: string): string | undefined {
  let text =
    raw
      .normalize('NFKC')
      .replace(/^\s*mailto:/i, '')
      .split('?')[0] ?? '';
  try {
    text = decodeURIComponent(text);
  } catch {
    // keep as is
  }
  const result = v.safeParse(EmailSchema, text.replace(/[.,;:]+$/, ''));
  return result.success ? result.output : undefined;
}

export function normalizeUrl(raw: string, base: string): string | undefined {
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps values that survive normalisation, de-duplicated, with their provenance aligned. */
function normaliseList(
  values: string[],
  provenance: Provenance[] | undefined,
  map: (value: string) => string | undefined,
): { values: string[]; provenance: Provenance[] } {
  const out: string[] = [];
  const provs: Provenance[] = [];
  values.forEach((value, i) => {
    const normal = map(value);
    if (!normal || out.includes(normal) || out.length >= 20) return;
    out.push(normal);
    const prov = provenance?.[i] ?? provenance?.[0];
    if (prov) provs.push(prov);
  });
  return { values: out, provenance: provs };
}

export function normalizeDraft(
  draft: ProspectDraft,
  hints: CaptureResult['pageHints'],
  sourceUrl: string,
  draftId: string,
): ReviewDraft {
  const region =
    defaultRegion({ ...hints, tld: hints.tld ?? tldOf(sourceUrl) }, draft.country) ??
    regionFromDraft(draft);
  const provenance: ProvenanceMap = {};
  const emails = normaliseList(draft.emails, draft.provenance.emails, normalizeEmail);
  const phones = normaliseList(draft.phones, draft.provenance.phones, (p) =>
    normalizePhone(p, region),
  );
  const urls = normaliseList(draft.urls, draft.provenance.urls, (u) => normalizeUrl(u, sourceUrl));
  const person: Person = { emails: emails.values, phones: phones.values, urls: urls.values };
  for (const [field, list] of [
    ['emails', emails],
    ['phones', phones],
    ['urls', urls],
  ] as const) {
    if (list.provenance.length) provenance[field] = list.provenance.slice(0, 20);
  }
  for (const field of [
    'name',
    'jobTitle',
    'organization',
    'locality',
    'region',
    'country',
  ] as const) {
    const value = field === 'name' ? cleanName(draft[field]) : cleanText(draft[field]);
    if (!value) continue;
    person[field] = value;
    const prov = draft.provenance[field as PersonField];
    if (prov?.length) provenance[field] = prov.slice(0, 20);
  }
  return { draftId, person, provenance, sourceUrl };
}
