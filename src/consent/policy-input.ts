// The minimal view of the admin policy this domain needs (the policy domain's own types are
// adapted onto this by the caller). Must never be parsed here: it arrives already validated.
import type { BasisId, JurisdictionId, LocalizedText } from './ids';
import type { DraftField } from './lead-draft';

export interface ControllerIdentity {
  readonly name: string;
  readonly address: string;
  readonly email: string;
  readonly phone?: string;
  readonly url?: string;
  readonly dpoEmail?: string;
  /** ISO 3166-1 alpha-2 of the controller's establishment. */
  readonly country: string;
  /** IANA time zone the notice clock is computed in, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
}

export interface PolicyPurpose {
  readonly id: string;
  readonly description: LocalizedText;
  readonly piiCategories: readonly DraftField[];
}

export interface ConsentPolicy {
  readonly version: string;
  /** SHA-256 (hex) of the signed policy document. */
  readonly hash: string;
  readonly url?: string;
  readonly controllers: readonly ControllerIdentity[];
  readonly purposes: readonly PolicyPurpose[];
  /** Jurisdiction → purpose id → bases the admin allows. A missing entry allows nothing. */
  readonly allowedBases: Partial<
    Record<JurisdictionId, Readonly<Record<string, readonly BasisId[]>>>
  >;
  /** Maximum retention in days; the regime default applies when it is shorter. */
  readonly retentionDays: number;
  readonly allowSpecialCategories: boolean;
  /** Notice template version (recorded when a notice is sent). */
  readonly noticeTemplateVersion: string;
}
