// Labels for the lawful-basis section and notices list: basis names, notice channels, the UI
// language for localized texts, and date formatting. Must never hold legal logic.
import type { BasisId, LocalizedText, NoticeChannel, ReasonCode, TextLanguage } from '@src/consent';
import type {
  JurisdictionReasonView,
  LawfulBasisProblemView,
} from '@src/messaging/consent-responses';
import { t, uiLanguage, uiLocale } from '@src/ui/i18n';
import type { MessageKey } from '@src/ui/i18n/en';
import { sourceText } from '@src/ui/i18n/problem-sources';

export const BASIS_KEYS: Record<BasisId, MessageKey> = {
  consent: 'basisConsent',
  contract: 'basisContract',
  legal_obligation: 'basisLegalObligation',
  vital_interests: 'basisVitalInterests',
  public_task: 'basisPublicTask',
  legitimate_interests: 'basisLegitimateInterests',
  business_contact: 'basisBusinessContact',
};

/** The channels the salesperson can pick (notice-at-collection is set by the background only). */
export const CHANNEL_KEYS: Partial<Record<NoticeChannel, MessageKey>> = {
  email: 'channelEmail',
  post: 'channelPost',
  phone: 'channelPhone',
  'in-person': 'channelInPerson',
  other: 'channelOther',
};

export const REASON_KEYS: Record<ReasonCode, MessageKey> = {
  address_country: 'reasonAddressCountry',
  address_unknown: 'reasonAddressUnknown',
  phone_code: 'reasonPhoneCode',
  phone_unknown: 'reasonPhoneUnknown',
  email_domain: 'reasonEmailDomain',
  email_generic: 'reasonEmailGeneric',
  website_domain: 'reasonWebsiteDomain',
  website_generic: 'reasonWebsiteGeneric',
  page_domain: 'reasonPageDomain',
  page_generic: 'reasonPageGeneric',
  language_region: 'reasonLanguageRegion',
  language_country: 'reasonLanguageCountry',
  language_none: 'reasonLanguageNone',
  subdivision_region: 'reasonSubdivisionRegion',
  subdivision_area_code: 'reasonSubdivisionAreaCode',
  subdivision_conflict: 'reasonSubdivisionConflict',
  subdivision_unknown: 'reasonSubdivisionUnknown',
  no_signal: 'reasonNoSignal',
  conflict: 'reasonConflict',
};

/** A jurisdiction reason in the interface language (the English text when the code is unknown). */
export function reasonText(reason: JurisdictionReasonView): string {
  const key = Object.hasOwn(REASON_KEYS, reason.code) ? REASON_KEYS[reason.code] : undefined;
  return key === undefined ? reason.text : t(key, reason.params);
}

const EXEMPTION_KEYS: Record<string, MessageKey> = {
  already_informed: 'exemptionAlreadyInformed',
  disproportionate_effort: 'exemptionDisproportionateEffort',
  required_by_law: 'exemptionRequiredByLaw',
  professional_secrecy: 'exemptionProfessionalSecrecy',
  business_contact: 'exemptionBusinessContact',
  purpose_published: 'exemptionPurposePublished',
  reasonable_not_to_notify: 'exemptionReasonableNotToNotify',
};

/** Where a law words an exemption differently from GDPR Art. 14(5), by law and code. */
const EXEMPTION_KEYS_BY_LAW: Record<string, Record<string, MessageKey>> = {
  PIPL: { required_by_law: 'exemptionConfidentialityByLaw' },
  FADP: { required_by_law: 'exemptionProvidedByLaw' },
};

/** A notice exemption's name in the interface language, in the words of its law when they differ
 * ("Other exemption" for a new code). */
export function exemptionName(code: string, law?: string): string {
  const byLaw =
    law !== undefined && Object.hasOwn(EXEMPTION_KEYS_BY_LAW, law)
      ? EXEMPTION_KEYS_BY_LAW[law]
      : undefined;
  if (byLaw !== undefined && Object.hasOwn(byLaw, code)) return t(byLaw[code]!);
  return t(Object.hasOwn(EXEMPTION_KEYS, code) ? EXEMPTION_KEYS[code]! : 'exemptionOther');
}

export { uiLanguage };

export function localized(text: LocalizedText, language: TextLanguage = uiLanguage): string {
  return text[language];
}

/** One lawful-basis problem as "<message> — <law>, <article>" in the interface language. */
export function problemLine(
  problem: Pick<LawfulBasisProblemView, 'message' | 'law' | 'article'>,
  language: TextLanguage = uiLanguage,
): string {
  const law = sourceText(problem.law)[language];
  const article = sourceText(problem.article)[language];
  return `${problem.message[language]} — ${law}${language === 'zh' ? '，' : ', '}${article}`;
}

export function basisName(basis: BasisId): string {
  return t(BASIS_KEYS[basis]);
}

export function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString(uiLocale, { dateStyle: 'medium', timeStyle: 'short' });
}
