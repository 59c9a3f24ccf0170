import { describe, expect, it } from 'vitest';
import { emptyDraft } from '@src/capture/draft';
import {
  defaultRegion,
  normalizeDraft,
  normalizeEmail,
  normalizePhone,
  normalizeUrl,
} from '@src/capture/normalize';
import { countryCode } from '@src/capture/region';

describe('normalisation (background)', () => {
  it('picks the phone region from the draft address, then the page address, TLD and language', () => {
    expect(defaultRegion({ tld: 'com' }, 'United Kingdom')).toBe('GB');
    expect(defaultRegion({ country: '中国', tld: 'com' })).toBe('CN');
    expect(defaultRegion({ tld: 'uk' })).toBe('GB');
    expect(defaultRegion({ tld: 'com', lang: 'de-AT' })).toBe('AT');
    expect(defaultRegion({ tld: 'io', lang: 'zh-Hans' })).toBe('CN');
    expect(defaultRegion({})).toBeUndefined();
    expect(countryCode('Deutschland')).toBe('DE');
    expect(countryCode('Atlantis')).toBeUndefined();
  });

  it('normalises phones to E.164 and rejects invalid ones', () => {
    expect(normalizePhone('020 7946 0958', 'GB')).toBe('+442079460958');
    expect(normalizePhone('１３８ ００１３ ８０００', 'CN')).toBe('+8613800138000');
    expect(normalizePhone('+44 (0)20 7946 0958 ext. 12', undefined)).toBe('+442079460958');
    expect(normalizePhone('12345', 'GB')).toBeUndefined();
    expect(normalizePhone('not a phone', undefined)).toBeUndefined();
  });

  it('validates and lower-cases emails, resolves URLs against the page', () => {
    expect(normalizeEmail(' Mailto:Jo.Bloggs@Example.COM?subject=x ')).toBe(
      'jo.bloggs@example.com',
    );
    expect(normalizeEmail('jo%40example.com')).toBe('jo@example.com');
    expect(normalizeEmail('not-an-email')).toBeUndefined();
    expect(normalizeUrl('/team/jo', 'https://example.com/about/')).toBe(
      'https://example.com/team/jo',
    );
    expect(normalizeUrl('javascript:alert(1)', 'https://example.com/')).toBeUndefined();
    expect(normalizeUrl('http://[bad', 'https://example.com/')).toBeUndefined();
  });

  it('keeps provenance aligned with the values that survive, and cleans names', () => {
    const draft = emptyDraft();
    const prov = (locator: string) => ({
      method: 'text' as const,
      locator,
      pageUrl: 'https://x.example/',
      capturedAt: '2026-01-01T00:00:00.000Z',
    });
    draft.name = '张　伟';
    draft.emails = ['bad', 'Good@X.example'];
    draft.provenance = { name: [prov('n')], emails: [prov('e0'), prov('e1')] };
    const review = normalizeDraft(draft, {}, 'https://x.example/', 'd0');
    expect(review.person.name).toBe('张伟');
    expect(review.person.emails).toEqual(['good@x.example']);
    expect(review.provenance.emails?.map((p) => p.locator)).toEqual(['e1']);
  });
});
