// Normalises a page draft into a reviewable person: valid lower-case emails, E.164 phones, absolute URLs.
// Runs outside the page (background) so the injected script stays small. Must never keep invalid values.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import * as v from 'valibot';
import { EmailSchema, type Person, type ProvenanceMap } from '@src/lead/person';
import type { CaptureResult, ProspectDraft } from './types';

export interface ReviewDraft {
  draftId: string;
  person: Person;
  provenance: ProvenanceMap;
  sourceUrl: string;
}

export function defaultRegion(hints: CaptureResult['pageHints']): CountryCode | undefined {
  const tld = hints.tld?.toLowerCase();
  if (tld && /^[a-z]{2}$/.test(tld))
    return (tld === 'uk' ? 'GB' : tld.toUpperCase()) as CountryCode;
  const region = hints.lang?.split(/[-_]/)[1];
  if (region && /^[a-z]{2}$/i.test(region)) return region.toUpperCase() as CountryCode;
  if (hints.lang?.toLowerCase().startsWith('zh')) return 'CN';
  return undefined;
}

export function normalizePhone(raw: string, region: CountryCode | undefined): string | undefined {
  const phone = parsePhoneNumberFromString(raw, region);
  return phone?.isValid() ? phone.number : undefined;
}

export function normalizeEmail(raw: string): string | undefined {
  const result = v.safeParse(EmailSchema, raw);
  return result.success ? result.output : undefined;
}

export function normalizeUrl(raw: string, base: string): string | undefined {
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((x): x is string => Boolean(x)))];
}

export function normalizeDraft(
  draft: ProspectDraft,
  hints: CaptureResult['pageHints'],
  sourceUrl: string,
  draftId: string,
): ReviewDraft {
  const region = defaultRegion(hints);
  const person: Person = {
    emails: unique(draft.emails.map(normalizeEmail)),
    phones: unique(draft.phones.map((p) => normalizePhone(p, region))),
    urls: unique(draft.urls.map((u) => normalizeUrl(u, sourceUrl))),
  };
  for (const field of [
    'name',
    'jobTitle',
    'organization',
    'locality',
    'region',
    'country',
  ] as const) {
    if (draft[field]) person[field] = draft[field];
  }
  return { draftId, person, provenance: draft.provenance, sourceUrl };
}
