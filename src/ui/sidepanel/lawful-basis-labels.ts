// Labels for the lawful-basis section and notices list: basis names, notice channels, the UI
// language for localized texts, and date formatting. Must never hold legal logic.
import type { BasisId, LocalizedText, NoticeChannel } from '@src/consent';
import { t, uiLocale } from '@src/ui/i18n';
import type { MessageKey } from '@src/ui/i18n/en';

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

export const uiLanguage: 'en' | 'zh' = uiLocale === 'zh-CN' ? 'zh' : 'en';

export function localized(text: LocalizedText): string {
  return text[uiLanguage];
}

export function basisName(basis: BasisId): string {
  return t(BASIS_KEYS[basis]);
}

export function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString(uiLocale, { dateStyle: 'medium', timeStyle: 'short' });
}
