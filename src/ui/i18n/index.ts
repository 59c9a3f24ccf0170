// Picks the interface language (English or Simplified Chinese) and formats strings.
// Must never return HTML or interpolate values as markup.
import { en, type MessageKey } from './en';
import { zh } from './zh';

export type Locale = 'en' | 'zh-CN';

export function pickLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    const lower = lang.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function translator(locale: Locale) {
  const table: Record<MessageKey, string> = locale === 'zh-CN' ? zh : en;
  return (key: MessageKey, params: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
}

export type Translate = ReturnType<typeof translator>;

export const uiLocale: Locale = pickLocale(
  typeof navigator === 'undefined' ? [] : [...navigator.languages],
);

export const t: Translate = translator(uiLocale);

/** The language of texts that come in every language at once (LocalizedText). */
export const uiLanguage: 'en' | 'zh' = uiLocale === 'zh-CN' ? 'zh' : 'en';
