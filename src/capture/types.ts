// Shapes produced by capture: a draft person with per-field provenance, plus diagnostics.
// Must never include anything read from form fields, hidden elements or cross-origin frames.
import type { PersonField, Provenance } from '@src/lead/provenance';
import type { Locator } from './locator';
import type { Visibility } from './visibility';

export interface ProspectDraft {
  name?: string;
  jobTitle?: string;
  organization?: string;
  emails: string[];
  /** Phone numbers as published; normalised to E.164 by `normalizeDraft` outside the page. */
  phones: string[];
  urls: string[];
  locality?: string;
  region?: string;
  country?: string;
  /** Never captured from pages; present so every PersonField has a slot. */
  notes?: string;
  provenance: Partial<Record<PersonField, Provenance[]>>;
}

export interface CaptureDiagnostic {
  code: string;
  message: string;
}

/** Page language and country hints for phone normalisation (never personal data). */
export interface PageHints {
  lang?: string;
  tld?: string;
  /** Country named in the page's own structured address (organisation or first person), as published. */
  country?: string;
}

export interface CaptureResult {
  pageUrl: string;
  drafts: ProspectDraft[];
  diagnostics: CaptureDiagnostic[];
  pageHints: PageHints;
}

export interface CaptureContext {
  pageUrl: string;
  capturedAt: string;
  diagnostics: CaptureDiagnostic[];
  /** Per-capture caches; absent when a reader is used on its own (tests, selection). */
  locator?: Locator;
  visibility?: Visibility;
  /** Country seen in structured addresses (organisation address), for pageHints. */
  countryHint?: string;
  /** Name keys of the site's own brand (see brand.ts): never read as a person's name by the text reader. */
  brandKeys?: ReadonlySet<string>;
}
