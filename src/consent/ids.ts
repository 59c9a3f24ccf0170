// Shared identifiers of the consent domain: jurisdictions, lawful bases, special categories,
// transfer mechanisms. Must never hold behaviour; ids are stored in signed receipts, never rename one.
import { JURISDICTIONS } from '@src/policy/vocabulary';

/** One list for the whole product: the policy format defines it (ids are signed, never rename one). */
export const JURISDICTION_IDS = JURISDICTIONS;
export type JurisdictionId = (typeof JURISDICTION_IDS)[number];

/** Jurisdictions that have their own rule set (UNKNOWN is derived: the strictest of these). */
export type KnownJurisdictionId = Exclude<JurisdictionId, 'UNKNOWN'>;

/** The six GDPR Art. 6(1) bases, plus the business-contact exemption some regimes have. */
export const BASIS_IDS = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
  'business_contact',
] as const;
export type BasisId = (typeof BASIS_IDS)[number];

/** GDPR Art. 9(1) special categories (other regimes' "sensitive" lists map onto these). */
export const SPECIAL_CATEGORIES = [
  'racial_or_ethnic_origin',
  'political_opinions',
  'religious_or_philosophical_beliefs',
  'trade_union_membership',
  'genetic_data',
  'biometric_data',
  'health',
  'sex_life_or_sexual_orientation',
  'criminal_convictions',
  'financial_account',
  'precise_geolocation',
  'government_identifier',
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

/** Cross-border transfer mechanisms a receipt can record. */
export const TRANSFER_MECHANISMS = [
  'adequacy',
  'sccs',
  'bcrs',
  'uk_idta',
  'derogation',
  'pipl_standard_contract',
  'pipl_security_assessment',
  'pipl_certification',
  'pipl_separate_consent',
  'contractual_comparable_protection',
  'consent',
  'none_required',
] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

/** How the personal data reached us (Kantara "collection method", extended). */
export const COLLECTION_METHODS = [
  'web-page-capture',
  'manual-entry',
  'business-card',
  'referral',
  'direct-from-subject',
] as const;
export type CollectionMethod = (typeof COLLECTION_METHODS)[number];

/** Languages notices and problem messages are written in. */
export const TEXT_LANGUAGES = ['en', 'zh'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export type LocalizedText = Readonly<Record<TextLanguage, string>>;

export function isJurisdictionId(value: unknown): value is JurisdictionId {
  return typeof value === 'string' && (JURISDICTION_IDS as readonly string[]).includes(value);
}

export function isBasisId(value: unknown): value is BasisId {
  return typeof value === 'string' && (BASIS_IDS as readonly string[]).includes(value);
}
