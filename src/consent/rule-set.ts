// The shape of a regime's rule set: data only (bases, exemptions, notice duty, sensitive data,
// cross-border and retention rules), each rule with its legal reference.
// Must never contain logic: the assessor and the notice clock interpret these records.
import type {
  BasisId,
  JurisdictionId,
  LocalizedText,
  SpecialCategory,
  TransferMechanism,
} from './ids';

/** A rule's source: the law's short name and the article / section. */
export interface LegalReference {
  readonly law: string;
  readonly article: string;
}

export interface BasisRule {
  readonly basis: BasisId;
  readonly reference: LegalReference;
  /** The regime's own wording for the basis (e.g. "overriding private interest"). */
  readonly localName?: string;
  /** True when a documented balancing / assessment must be referenced (e.g. a GDPR LIA). */
  readonly requiresAssessment?: boolean;
  /** True when consent must be express / explicit for this regime. */
  readonly requiresExplicitConsent?: boolean;
}

export interface BusinessContactExemption {
  readonly reference: LegalReference;
  readonly description: string;
  /** Fields the exemption covers; personal (non-work) data is never covered. */
  readonly covers: readonly ('name' | 'jobTitle' | 'organization' | 'emails' | 'phones' | 'urls')[];
}

/**
 * When the person must be told about indirectly collected data:
 * - `calendar-months`: at the latest N calendar months after capture (GDPR Art. 14(3)(a) style),
 *   earlier on first communication or first disclosure when `earlierOnContact` is set;
 * - `before-processing`: before the data is used (due at capture);
 * - `as-soon-as-practicable`: a reasonable time after capture; the clock uses `targetDays`;
 * - `on-request`: only when the person asks; no clock runs.
 */
export type NoticeDeadline =
  | {
      readonly kind: 'calendar-months';
      readonly months: number;
      readonly earlierOnContact: boolean;
    }
  | { readonly kind: 'before-processing' }
  | { readonly kind: 'as-soon-as-practicable'; readonly targetDays: number }
  | { readonly kind: 'on-request' };

export interface NoticeExemption {
  readonly code: string;
  readonly description: string;
  readonly reference: LegalReference;
}

export interface NoticeRule {
  readonly deadline: NoticeDeadline;
  readonly reference: LegalReference;
  readonly exemptions: readonly NoticeExemption[];
  /** CCPA-style notice at collection that must exist before the record is saved. */
  readonly noticeAtCollectionRequired?: boolean;
}

export interface SensitiveDataRule {
  /** Categories this regime treats as sensitive / special. */
  readonly categories: readonly SpecialCategory[];
  /** `condition-required`: processing only with one of `conditions` (e.g. Art. 9(2)). */
  readonly rule:
    'condition-required' | 'explicit-consent-required' | 'opt-out-right' | 'no-special-rule';
  readonly conditions: readonly { readonly id: string; readonly reference: LegalReference }[];
  readonly reference: LegalReference;
}

export interface CrossBorderRule {
  /** Mechanisms accepted for a transfer out of the regime (empty: no restriction). */
  readonly mechanisms: readonly TransferMechanism[];
  /** PIPL Art. 39 style: the person's separate consent is needed in addition to a mechanism. */
  readonly separateConsentRequired: boolean;
  /** Destination countries (alpha-2) needing no mechanism (adequacy, same regime). */
  readonly freeDestinations: readonly string[];
  readonly reference: LegalReference;
}

export interface RetentionRule {
  readonly defaultDays: number;
  readonly reference: LegalReference;
  /** Whether the default is set by law or is this project's conservative default. */
  readonly source: 'law' | 'project-default';
}

export interface RuleSet {
  readonly id: JurisdictionId;
  readonly name: LocalizedText;
  readonly law: string;
  readonly allowedBases: readonly BasisRule[];
  readonly businessContactExemption: BusinessContactExemption | null;
  readonly notice: NoticeRule;
  readonly sensitiveData: SensitiveDataRule;
  readonly crossBorder: CrossBorderRule;
  readonly retention: RetentionRule;
  /** Who the person may complain to (named in the notice). */
  readonly complaintAuthority: LocalizedText;
  /** Rights the notice must mention, as short labels. */
  readonly rights: LocalizedText;
  readonly rightsReference: LegalReference;
  /** Opt-out of sale / sharing (CCPA) must be offered. */
  readonly saleShareOptOut?: LegalReference;
  /** Other laws covered by the same rule set (e.g. the other US state laws). */
  readonly relatedLaws?: readonly string[];
}
