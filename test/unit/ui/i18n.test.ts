import { describe, expect, it } from 'vitest';
import { pickLocale, translator } from '@src/ui/i18n';
import { en } from '@src/ui/i18n/en';
import { zh } from '@src/ui/i18n/zh';
import enManifest from '../../../public/_locales/en/messages.json';
import zhManifest from '../../../public/_locales/zh_CN/messages.json';

describe('interface languages', () => {
  it('has every English string in Simplified Chinese, and no markup in either', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const text of [...Object.values(en), ...Object.values(zh)]) {
      expect(text).not.toMatch(/<[a-z/]/i);
      expect(text.trim()).not.toBe('');
    }
    expect(Object.keys(zhManifest).sort()).toEqual(Object.keys(enManifest).sort());
  });

  it('keeps the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(names(zh[key])).toEqual(names(en[key]));
    }
  });

  it('picks Chinese for any zh locale and English otherwise', () => {
    expect(pickLocale(['zh-CN'])).toBe('zh-CN');
    expect(pickLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLocale(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('fills placeholders as text', () => {
    expect(translator('zh-CN')('peopleFound', { count: 3 })).toBe('找到 3 人');
    expect(translator('en')('peopleFound', { count: '<b>3</b>' })).toBe('<b>3</b> people found');
  });
});
