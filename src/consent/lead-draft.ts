// The lead draft as this domain sees it (the shared draft shape), plus the per-field source
// records the receipt keeps. Must never carry anything beyond what capture produced.

export interface LeadDraft {
  name?: string;
  jobTitle?: string;
  organization?: string;
  emails: string[];
  /** E.164 numbers. */
  phones: string[];
  urls: string[];
  locality?: string;
  region?: string;
  /** ISO 3166-1 alpha-2 or a country name. */
  country?: string;
  pageUrl: string;
  /** BCP 47 tag from the page (`de-AT`, `ja`). */
  pageLanguage?: string;
}

export const DRAFT_FIELDS = [
  'name',
  'jobTitle',
  'organization',
  'emails',
  'phones',
  'urls',
  'locality',
  'region',
  'country',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
