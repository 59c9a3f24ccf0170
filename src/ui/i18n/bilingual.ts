// Renders one message from the shared tables in both interface languages at once. Used where the
// background service worker produces text the UI shows (request errors): the UI then picks its
// own language. Must never be given personal data as a parameter.
import type { LocalizedText, TextLanguage } from '@src/consent';
import type { MessageKey } from './en';
import { translator } from './index';

/** A parameter that is the same in both languages, or already written in each. */
export type BilingualParam = string | number | LocalizedText;

const RENDER = { en: translator('en'), zh: translator('zh-CN') } as const;

function paramsIn(language: TextLanguage, params: Readonly<Record<string, BilingualParam>>) {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' ? value[language] : value,
    ]),
  );
}

export function bilingual(
  key: MessageKey,
  params: Readonly<Record<string, BilingualParam>> = {},
): LocalizedText {
  return {
    en: RENDER.en(key, paramsIn('en', params)),
    zh: RENDER.zh(key, paramsIn('zh', params)),
  };
}

/** Text that exists in one form only (value-free technical detail): shown as is in both. */
export function untranslated(text: string): LocalizedText {
  return { en: text, zh: text };
}
