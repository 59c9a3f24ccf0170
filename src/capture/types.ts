// Shapes produced by capture: a draft person with per-field provenance, plus diagnostics.
// Must never include anything read from form fields, hidden elements or cross-origin frames.
import type { PersonField, Provenance } from '@src/lead/provenance';

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
  provenance: Partial<Record<PersonField, Provenance[]>>;
}

export interface CaptureDiagnostic {
  code: string;
  message: string;
}

export interface CaptureResult {
  pageUrl: string;
  drafts: ProspectDraft[];
  diagnostics: CaptureDiagnostic[];
  /** Page language and country hints for phone normalisation (never personal data). */
  pageHints: { lang?: string; tld?: string };
}

export interface CaptureContext {
  pageUrl: string;
  capturedAt: string;
  diagnostics: CaptureDiagnostic[];
}
