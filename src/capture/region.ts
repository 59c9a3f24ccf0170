// Picks the default phone region for a draft: its own address, the page's address, TLD, then language.
// Runs in the background with normalisation. Must never guess a region from personal data beyond the address.
import type { CountryCode } from 'libphonenumber-js/min';
import type { PageHints } from './types';

/** A Map, not an object: page text must never reach Object.prototype (`constructor`, `__proto__`). */
const NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'united kingdom': 'GB',
    uk: 'GB',
    england: 'GB',
    scotland: 'GB',
    wales: 'GB',
    'great britain': 'GB',
    britain: 'GB',
    'united states': 'US',
    'united states of america': 'US',
    usa: 'US',
    'u.s.': 'US',
    america: 'US',
    china: 'CN',
    中国: 'CN',
    'people’s republic of china': 'CN',
    "people's republic of china": 'CN',
    prc: 'CN',
    中华人民共和国: 'CN',
    'hong kong': 'HK',
    香港: 'HK',
    taiwan: 'TW',
    台湾: 'TW',
    台灣: 'TW',
    macau: 'MO',
    澳门: 'MO',
    germany: 'DE',
    deutschland: 'DE',
    france: 'FR',
    spain: 'ES',
    españa: 'ES',
    italy: 'IT',
    italia: 'IT',
    netherlands: 'NL',
    'the netherlands': 'NL',
    ireland: 'IE',
    switzerland: 'CH',
    schweiz: 'CH',
    sweden: 'SE',
    norway: 'NO',
    denmark: 'DK',
    finland: 'FI',
    poland: 'PL',
    austria: 'AT',
    belgium: 'BE',
    portugal: 'PT',
    japan: 'JP',
    日本: 'JP',
    korea: 'KR',
    'south korea': 'KR',
    singapore: 'SG',
    新加坡: 'SG',
    india: 'IN',
    australia: 'AU',
    'new zealand': 'NZ',
    canada: 'CA',
    brazil: 'BR',
    mexico: 'MX',
  }),
);
const GENERIC_TLDS = new Set([
  'com',
  'org',
  'net',
  'io',
  'ai',
  'co',
  'dev',
  'app',
  'edu',
  'gov',
  'info',
  'biz',
  'me',
  'tv',
]);

/** "GB", "United Kingdom", "中国" → ISO 3166 alpha-2, or undefined. */
export function countryCode(raw: string | undefined): CountryCode | undefined {
  if (!raw) return undefined;
  const text = raw.trim();
  if (/^[A-Za-z]{2}$/.test(text))
    return (text.toUpperCase() === 'UK' ? 'GB' : text.toUpperCase()) as CountryCode;
  return NAMES.get(text.toLowerCase()) as CountryCode | undefined;
}

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);

/** Last resort when the page gives no hint (e.g. a pasted signature): the draft's own script or address. */
export function regionFromDraft(draft: {
  name?: string;
  organization?: string;
  locality?: string;
  region?: string;
}): CountryCode | undefined {
  if (draft.region && US_STATES.has(draft.region.trim())) return 'US';
  if (
    /[\u4e00-\u9fff]/.test(`${draft.name ?? ''}${draft.organization ?? ''}${draft.locality ?? ''}`)
  )
    return 'CN';
  return undefined;
}

/** The country-code TLD of a URL, when it has one. */
export function tldOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.split('.').pop() || undefined;
  } catch {
    return undefined;
  }
}

export function defaultRegion(hints: PageHints, draftCountry?: string): CountryCode | undefined {
  const own = countryCode(draftCountry) ?? countryCode(hints.country);
  if (own) return own;
  const tld = hints.tld?.toLowerCase();
  if (tld && /^[a-z]{2}$/.test(tld) && !GENERIC_TLDS.has(tld))
    return (tld === 'uk' ? 'GB' : tld.toUpperCase()) as CountryCode;
  if (tld === 'edu' || tld === 'gov' || tld === 'mil') return 'US';
  const region = hints.lang?.split(/[-_]/)[1];
  if (region && /^[a-z]{2}$/i.test(region)) return region.toUpperCase() as CountryCode;
  const lang = hints.lang?.toLowerCase();
  if (lang?.startsWith('zh')) return 'CN';
  if (lang?.startsWith('ja')) return 'JP';
  if (lang?.startsWith('de')) return 'DE';
  if (lang?.startsWith('fr')) return 'FR';
  return undefined;
}
