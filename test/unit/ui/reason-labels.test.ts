// Jurisdiction reasons are rendered from codes and parameters in English and Chinese.
import { describe, expect, it } from 'vitest';
import { describeReason, REASON_CODES, type ReasonCode } from '@src/consent';
import { inferJurisdiction } from '@src/consent';
import { translator } from '@src/ui/i18n';
import { REASON_KEYS, reasonText } from '@src/ui/sidepanel/lawful-basis-labels';

const PARAMS = { country: 'DE', code: '49', tld: '.de', language: 'de-AT', jurisdiction: 'US-CA' };

describe('jurisdiction reasons in the interface', () => {
  it('renders every code in English exactly as the consent domain describes it', () => {
    const en = translator('en');
    for (const code of REASON_CODES) {
      expect(en(REASON_KEYS[code], PARAMS)).toBe(describeReason(code, PARAMS));
    }
  });

  it('renders every code in Chinese with every parameter filled in', () => {
    const zh = translator('zh-CN');
    for (const code of REASON_CODES) {
      const text = zh(REASON_KEYS[code], PARAMS);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toBe(describeReason(code, PARAMS));
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(zh(REASON_KEYS.phone_code, PARAMS)).toBe('电话国家代码 +49 → DE');
  });

  it('renders the reasons of a real inference, and falls back to the English text for an unknown code', () => {
    const result = inferJurisdiction({
      emails: ['x@firma.de'],
      phones: ['+493012345678'],
      urls: [],
      country: 'DE',
      pageUrl: 'https://firma.de/team',
    });
    const texts = result.reasons.map((r) =>
      reasonText({ code: r.code, params: { ...r.params }, text: r.description }),
    );
    expect(texts).toEqual(result.reasons.map((r) => r.description));
    expect(
      reasonText({ code: 'from_the_future' as ReasonCode, params: {}, text: 'english text' }),
    ).toBe('english text');
  });
});
