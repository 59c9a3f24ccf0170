import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryOfHost, regimeOfCountry, toAlpha2 } from '@src/consent/countries';
import { JURISDICTION_IDS } from '@src/consent/ids';
import { inferJurisdiction } from '@src/consent/infer-jurisdiction';
import { decideJurisdiction, unconfirmedDecision } from '@src/consent/jurisdiction-decision';
import type { LeadDraft } from '@src/consent/lead-draft';
import { EEA_COUNTRIES } from '@src/consent/regimes/index';
import { describeReason, REASON_CODES } from '@src/consent/reason-codes';
import { draft } from './fixtures';

const bare = (overrides: Partial<LeadDraft>): LeadDraft =>
  draft({ emails: [], pageUrl: 'https://example.com/', ...overrides });

describe('inferJurisdiction: examples', () => {
  it.each([
    [{ phones: ['+4930123456'] }, 'EU', 'DE', 'phone country code +49 → DE'],
    [{ emails: ['jane@firma.de'] }, 'EU', 'DE', 'email domain .de → DE'],
    [{ emails: ['jane@firm.co.uk'] }, 'UK', 'GB', 'email domain .co.uk → GB'],
    [{ urls: ['https://www.firma.ch/team'] }, 'CH', 'CH', 'website domain .ch → CH'],
    [{ country: 'Deutschland' }, 'EU', 'DE', 'address country → DE'],
    [{ country: 'NO' }, 'EU', 'NO', 'address country → NO'],
    [{ country: 'China' }, 'CN', 'CN', 'address country → CN'],
    [{ phones: ['+8613800138000'] }, 'CN', 'CN', 'phone country code +86 → CN'],
    [{ pageLanguage: 'de-AT' }, 'EU', 'AT', 'page language region de-AT → AT'],
    [{ pageLanguage: 'ja' }, 'JP', 'JP', 'page language ja → JP'],
    [{ country: 'BR' }, 'BR', 'BR', 'address country → BR'],
    [{ country: 'Singapore' }, 'SG', 'SG', 'address country → SG'],
    [{ country: 'AU' }, 'AU', 'AU', 'address country → AU'],
    [{ country: 'KR' }, 'KR', 'KR', 'address country → KR'],
    [{ country: 'India' }, 'IN', 'IN', 'address country → IN'],
  ] as [Partial<LeadDraft>, string, string, string][])(
    '%j → %s',
    (overrides, jurisdiction, country, description) => {
      const result = inferJurisdiction(bare(overrides));
      expect(result.jurisdiction).toBe(jurisdiction);
      expect(result.country).toBe(country);
      expect(result.reasons.map((r) => r.description)).toContain(description);
      const strength = description.startsWith('address')
        ? 1
        : (result.candidates[0]?.score ?? 0) / 12;
      expect(result.confidence).toBeCloseTo(strength);
      expect(result.confidence).toBeGreaterThan(0);
    },
  );

  it.each([
    [{ country: 'US', region: 'California' }, 'US-CA', 'address region → US-CA'],
    [{ country: 'USA', region: 'NY' }, 'US-OTHER', 'address region → US-OTHER'],
    [{ country: 'US' }, 'US-CA', 'state or province unknown → stricter US-CA'],
    [{ phones: ['+14155550123'] }, 'US-CA', 'phone area code → US-CA'],
    [{ phones: ['+12125550123'] }, 'US-OTHER', 'phone area code → US-OTHER'],
    [
      { phones: ['+14155550123', '+12125550123'] },
      'US-CA',
      'phone area codes disagree → stricter US-CA',
    ],
    [{ phones: ['+15145550123'] }, 'CA-QC', 'phone area code → CA-QC'],
    [{ phones: ['+16045550123'] }, 'CA', 'phone area code → CA'],
    [{ country: 'Canada', region: 'Québec' }, 'CA-QC', 'address region → CA-QC'],
    [{ country: 'CA', region: 'ON' }, 'CA', 'address region → CA'],
    [{ country: 'CA' }, 'CA-QC', 'state or province unknown → stricter CA-QC'],
    [
      { country: 'US', region: 'Texas', phones: ['+14155550123'] },
      'US-OTHER',
      'address region → US-OTHER',
    ],
  ] as [Partial<LeadDraft>, string, string][])(
    'federal subdivisions: %j → %s',
    (overrides, jurisdiction, description) => {
      const result = inferJurisdiction(bare(overrides));
      expect(result.jurisdiction).toBe(jurisdiction);
      expect(result.reasons.map((r) => r.description)).toContain(description);
    },
  );

  it('generic TLDs say nothing: only generic signals → UNKNOWN, with the reasons shown', () => {
    const result = inferJurisdiction(
      bare({
        emails: ['jane@gmail.com'],
        urls: ['https://acme.io/x', 'https://linkedin.com/in/jane'],
      }),
    );
    expect(result.jurisdiction).toBe('UNKNOWN');
    expect(result.confidence).toBe(0);
    expect(result.reasons.map((r) => r.description)).toEqual([
      'email domain .com is generic → no country',
      'website domain .io is generic → no country',
      'website domain .com is generic → no country',
      'page domain .com is generic → no country',
      'no country signal → strictest rules',
    ]);
  });

  it('.eu points to the EU without naming a country', () => {
    const result = inferJurisdiction(bare({ emails: ['jane@agency.europa.eu'] }));
    expect(result).toMatchObject({ jurisdiction: 'EU' });
    expect(result.country).toBeUndefined();
  });

  it('EU signals from several member states add up against one foreign signal', () => {
    const result = inferJurisdiction(
      bare({ emails: ['jane@firma.de'], urls: ['https://firme.fr'], phones: ['+8613800138000'] }),
    );
    expect(result.jurisdiction).toBe('EU');
    expect(result.country).toBeUndefined();
    expect(result.candidates).toEqual([
      { jurisdiction: 'EU', score: 5 },
      { jurisdiction: 'CN', score: 4 },
    ]);
    expect(result.confidence).toBeCloseTo((5 / 9) * (5 / 12));
  });

  it('equally strong signals for different regimes → UNKNOWN (strictest), with a conflict reason', () => {
    const result = inferJurisdiction(bare({ phones: ['+4930123456', '+8613800138000'] }));
    expect(result.jurisdiction).toBe('UNKNOWN');
    expect(result.reasons.at(-1)?.signal).toBe('conflict');
  });

  it('a country without a modelled regime → UNKNOWN', () => {
    expect(inferJurisdiction(bare({ country: 'MX', emails: ['a@b.de'] })).jurisdiction).toBe(
      'UNKNOWN',
    );
  });

  it('an unrecognised address country is shown and ignored', () => {
    const result = inferJurisdiction(bare({ country: 'Atlantis', phones: ['+4930123456'] }));
    expect(result.jurisdiction).toBe('EU');
    expect(result.reasons[0]).toMatchObject({
      signal: 'address',
      weight: 0,
      description: 'address country not recognised',
    });
  });
});

describe('country helpers', () => {
  it('maps every EEA country to EU and a few others', () => {
    for (const c of EEA_COUNTRIES) expect(regimeOfCountry(c)).toBe('EU');
    expect(regimeOfCountry('GB')).toBe('UK');
    expect(regimeOfCountry('US')).toBe('US');
    expect(regimeOfCountry('HK')).toBe('UNKNOWN');
  });

  it('normalises names, codes and TLDs', () => {
    expect(toAlpha2(' united   kingdom ')).toBe('GB');
    expect(toAlpha2('uk')).toBe('GB');
    expect(toAlpha2('ZZ')).toBeUndefined();
    expect(toAlpha2('')).toBeUndefined();
    expect(countryOfHost('shop.example.de')).toBe('DE');
    expect(countryOfHost('example.it')).toBe('IT');
    expect(countryOfHost('example.ai')).toBeUndefined();
    expect(countryOfHost('localhost')).toBeUndefined();
  });

  it('treats a page-supplied country named like an object property as unknown', () => {
    for (const hostile of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(toAlpha2(hostile)).toBeUndefined();
      const inferred = inferJurisdiction(draft({ country: hostile, emails: [] }));
      expect(inferred.jurisdiction).toBe('UNKNOWN');
    }
  });
});

const COVERED = [
  'DE',
  'FR',
  'GB',
  'CH',
  'CN',
  'BR',
  'SG',
  'AU',
  'JP',
  'KR',
  'IN',
  'MX',
  'NO',
  'PL',
] as const;
const PHONES = [
  '+4930123456',
  '+8613800138000',
  '+442071234567',
  '+14155550123',
  '+12125550123',
  '+15145550123',
  '+61212345678',
  '+819012345678',
  'garbage',
  '',
];
const TLDS = ['de', 'fr', 'cn', 'com', 'io', 'co.uk', 'eu', 'jp', 'br', 'ca', 'us', 'xyz', ''];

const weakSignals = fc.record({
  emails: fc.array(
    fc
      .tuple(fc.stringMatching(/^[a-z0-9.]{1,12}$/), fc.constantFrom(...TLDS))
      .map(([l, t]) => `${l}@corp.${t}`),
    { maxLength: 4 },
  ),
  phones: fc.array(fc.constantFrom(...PHONES), { maxLength: 4 }),
  urls: fc.array(
    fc.constantFrom(...TLDS).map((t) => `https://corp.${t}/about`),
    { maxLength: 3 },
  ),
  pageLanguage: fc.option(
    fc.constantFrom('de', 'de-AT', 'zh-CN', 'ja', 'pt-BR', 'en-US', 'xx-invalid-!', ''),
    { nil: undefined },
  ),
  pageUrl: fc.constantFrom(
    'https://example.com/',
    'https://firma.de/team',
    'not a url',
    'https://x.cn/',
  ),
});

describe('inferJurisdiction: properties', () => {
  it('never throws and always returns a known regime with confidence in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.anything(),
        (country, phones, emails, pageUrl) => {
          const result = inferJurisdiction({
            country,
            phones,
            emails,
            urls: [],
            pageUrl,
          } as unknown as LeadDraft);
          expect(JURISDICTION_IDS).toContain(result.jurisdiction);
          expect(result.confidence).toBeGreaterThanOrEqual(0);
          expect(result.confidence).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(
        weakSignals,
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string(), { nil: undefined }),
        (weak, country, region) => {
          const result = inferJurisdiction({ ...weak, country, region });
          expect(JURISDICTION_IDS).toContain(result.jurisdiction);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('an explicit, recognised address country always wins over all weaker signals', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COVERED), weakSignals, (country, weak) => {
        const result = inferJurisdiction({ ...weak, country });
        expect(result.jurisdiction).toBe(regimeOfCountry(country));
      }),
      { numRuns: 500 },
    );
  });

  it('a US or Canadian address with a consistent region always gives that region’s regime', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['US', 'CA', 'US-CA'],
          ['US', 'California', 'US-CA'],
          ['US', 'NY', 'US-OTHER'],
          ['CA', 'QC', 'CA-QC'],
          ['Canada', 'BC', 'CA'],
        ),
        weakSignals,
        ([country, region, expected], weak) => {
          expect(inferJurisdiction({ ...weak, country, region }).jurisdiction).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reasons never contain the email local part, the host or the phone’s national number', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{6,12}$/),
        fc.constantFrom(...TLDS),
        fc.constantFrom(...PHONES),
        (local, tld, phone) => {
          const result = inferJurisdiction(
            bare({ emails: [`${local}@${local}x.${tld}`], phones: [phone] }),
          );
          const text = result.reasons.map((r) => r.description).join('\n');
          expect(text).not.toContain(local);
          const digits = phone.replace(/\D/g, '');
          if (digits.length > 6) expect(text).not.toContain(digits.slice(-6));
          const params = result.reasons.flatMap((r) => Object.values(r.params)).join('\n');
          expect(params).not.toContain(local);
          if (digits.length > 6) expect(params).not.toContain(digits.slice(-6));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every reason is a known code whose English template with its parameters is the description', () => {
    fc.assert(
      fc.property(
        weakSignals,
        fc.option(fc.constantFrom('DE', 'US', 'Narnia', 'CN')),
        (weak, c) => {
          const result = inferJurisdiction(bare({ ...weak, ...(c ? { country: c } : {}) }));
          for (const reason of result.reasons) {
            expect(REASON_CODES).toContain(reason.code);
            expect(reason.description).toBe(describeReason(reason.code, reason.params));
            expect(reason.description).not.toMatch(/\{\w+\}/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('jurisdiction decision', () => {
  const inference = inferJurisdiction(bare({ phones: ['+4930123456'] }));

  it('starts unconfirmed', () => {
    expect(unconfirmedDecision(inference)).toMatchObject({
      jurisdiction: 'EU',
      inferred: 'EU',
      method: 'inferred',
    });
  });

  it('records a confirmation with its time and the reasons', () => {
    const decision = decideJurisdiction(inference, new Date('2026-01-01T10:00:00Z'));
    expect(decision).toMatchObject({
      jurisdiction: 'EU',
      method: 'confirmed',
      decidedAt: '2026-01-01T10:00:00.000Z',
    });
    expect(decision.reasons).toBe(inference.reasons);
    expect(decideJurisdiction(inference, new Date(), 'EU', 'ignored').overrideNote).toBeUndefined();
  });

  it('keeps the inferred country on confirmation and drops it on override', () => {
    expect(decideJurisdiction(inference, new Date()).country).toBe('DE');
    expect(decideJurisdiction(inference, new Date(), 'UK').country).toBeUndefined();
  });

  it('shows the refined regime of a winning federal country among the candidates', () => {
    const result = inferJurisdiction(bare({ phones: ['+12125550123'], emails: ['a@b.de'] }));
    expect(result.candidates).toEqual([
      { jurisdiction: 'US-OTHER', score: 4 },
      { jurisdiction: 'EU', score: 3 },
    ]);
    const losing = inferJurisdiction(bare({ phones: ['+4930123456'], emails: ['a@b.ca'] }));
    expect(losing.candidates).toEqual([
      { jurisdiction: 'EU', score: 4 },
      { jurisdiction: 'CA-QC', score: 3 },
    ]);
  });

  it('records an override with the inferred value kept', () => {
    const decision = decideJurisdiction(
      inference,
      new Date('2026-01-01T10:00:00Z'),
      'UK',
      'Works in the London office',
    );
    expect(decision).toMatchObject({
      jurisdiction: 'UK',
      inferred: 'EU',
      method: 'overridden',
      overrideNote: 'Works in the London office',
    });
  });
});

describe('inferJurisdiction: hosts without a country domain', () => {
  it.each([
    ['http://127.0.0.1:8080/team', 'page domain 127.0.0.1 is generic → no country'],
    ['https://example.com/', 'page domain .com is generic → no country'],
  ])('%s is named whole, not by its last label', (pageUrl, description) => {
    const result = inferJurisdiction(bare({ pageUrl }));
    expect(result.reasons.map((r) => r.description)).toContain(description);
  });

  it.each([
    [{ emails: ['jane@[192.0.2.7]'] }, 'email domain IP is generic → no country'],
    [{ urls: ['http://192.0.2.7/jane'] }, 'website domain IP is generic → no country'],
  ] as [Partial<LeadDraft>, string][])(
    '%j: a person’s IP address never enters the reasons',
    (overrides, description) => {
      const reasons = inferJurisdiction(bare(overrides)).reasons.map((r) => r.description);
      expect(reasons).toContain(description);
      expect(reasons.join(' ')).not.toContain('192.0.2.7');
    },
  );

  it.each(['http://localhost/team', 'http://[::1]/team'])(
    '%s gives no page-domain reason',
    (pageUrl) => {
      const result = inferJurisdiction(bare({ pageUrl }));
      expect(result.reasons.filter((r) => r.description.startsWith('page domain'))).toEqual([]);
    },
  );
});
