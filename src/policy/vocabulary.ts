// Shared identifiers of the policy domain: jurisdiction regime ids, lawful bases, operators, ranks.
// Must never hold behaviour beyond lookups; the ids are part of the signed policy format, so never rename one.
export const JURISDICTIONS = [
  'EU',
  'UK',
  'CH',
  'US-CA',
  'US-OTHER',
  'CN',
  'CA',
  'CA-QC',
  'BR',
  'SG',
  'AU',
  'JP',
  'KR',
  'IN',
  'UNKNOWN',
] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const LAWFUL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
  'business_contact',
  'pipl_consent',
  'pipl_separate_consent',
] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

export const LAWFUL_BASIS_LABELS: Record<LawfulBasis, string> = {
  consent: 'Consent (GDPR Art. 6(1)(a))',
  contract: 'Contract (GDPR Art. 6(1)(b))',
  legal_obligation: 'Legal obligation (GDPR Art. 6(1)(c))',
  vital_interests: 'Vital interests (GDPR Art. 6(1)(d))',
  public_task: 'Public task (GDPR Art. 6(1)(e))',
  legitimate_interests: 'Legitimate interests (GDPR Art. 6(1)(f))',
  business_contact: 'Business contact information exemption (PIPEDA / PDPA style)',
  pipl_consent: 'Consent under PIPL Art. 13(1)',
  pipl_separate_consent: 'Separate consent under PIPL (e.g. cross-border transfer, Art. 39)',
};

/** Redaction operators, from most revealing to least revealing (the order is the strictness rank). */
export const REDACTION_OPERATORS = ['mask', 'hash', 'replace', 'remove'] as const;
export type RedactionOperatorName = (typeof REDACTION_OPERATORS)[number];

/** What happens to a personal webmail address (gmail.com, qq.com...), from loosest to strictest. */
export const WEBMAIL_HANDLING = ['allow', 'remove', 'block'] as const;
export type WebmailHandling = (typeof WEBMAIL_HANDLING)[number];

export const SITE_DEFAULT_ACTIONS = ['allow', 'deny'] as const;
export type SiteDefaultAction = (typeof SITE_DEFAULT_ACTIONS)[number];

export const POLICY_SCHEMA_VERSION = 1;

/** Presidio-style entity names: EMAIL_ADDRESS, CREDIT_CARD, US_SSN, UK_NHS... */
export const ENTITY_NAME_PATTERN = '^[A-Z][A-Z0-9_]{1,63}$';
/** Host patterns: `example.com` (host and its subdomains) or `*.example.com` (subdomains only). */
export const HOST_PATTERN_PATTERN = '^(\\*\\.)?([a-z0-9-]{1,63}\\.)*[a-z0-9-]{1,63}$';
export const IDENTIFIER_PATTERN = '^[a-z][a-z0-9_-]{0,63}$';
/** A keyed-hash suppression entry: `hmac-sha256:` and 32 bytes as base64url (src/consent/keyed-hash). */
export const SUPPRESSION_ENTRY_PATTERN = '^hmac-sha256:[A-Za-z0-9_-]{43}$';
/** 32 random bytes as base64url (no padding). */
export const HASH_KEY_PATTERN = '^[A-Za-z0-9_-]{43}$';
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const LANGUAGE_TAG_PATTERN = '^[a-z]{2}(-[A-Z]{2})?$';
