// Country handling for jurisdiction inference: ISO 3166-1 alpha-2 validation, country names and
// alpha-3 codes to alpha-2, country-code TLDs, and country → regime. Must never guess: unknown
// input returns undefined, and countries without a modelled regime map to UNKNOWN.
import { getCountries } from 'libphonenumber-js';
import type { JurisdictionId } from './ids';
import { EEA_COUNTRIES } from './regimes/gdpr-common';

const KNOWN_ALPHA2: ReadonlySet<string> = new Set<string>(getCountries());

/** A Map, not an object: page text such as `constructor` or `__proto__` must never reach Object.prototype. */
const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    germany: 'DE',
    deutschland: 'DE',
    france: 'FR',
    spain: 'ES',
    españa: 'ES',
    italy: 'IT',
    italia: 'IT',
    netherlands: 'NL',
    'the netherlands': 'NL',
    holland: 'NL',
    nederland: 'NL',
    belgium: 'BE',
    belgique: 'BE',
    belgië: 'BE',
    austria: 'AT',
    österreich: 'AT',
    sweden: 'SE',
    sverige: 'SE',
    denmark: 'DK',
    danmark: 'DK',
    finland: 'FI',
    suomi: 'FI',
    norway: 'NO',
    norge: 'NO',
    iceland: 'IS',
    liechtenstein: 'LI',
    ireland: 'IE',
    portugal: 'PT',
    poland: 'PL',
    polska: 'PL',
    'czech republic': 'CZ',
    czechia: 'CZ',
    slovakia: 'SK',
    slovenia: 'SI',
    hungary: 'HU',
    romania: 'RO',
    bulgaria: 'BG',
    croatia: 'HR',
    greece: 'GR',
    cyprus: 'CY',
    malta: 'MT',
    luxembourg: 'LU',
    estonia: 'EE',
    latvia: 'LV',
    lithuania: 'LT',
    'united kingdom': 'GB',
    uk: 'GB',
    'great britain': 'GB',
    britain: 'GB',
    england: 'GB',
    scotland: 'GB',
    wales: 'GB',
    'northern ireland': 'GB',
    switzerland: 'CH',
    schweiz: 'CH',
    suisse: 'CH',
    svizzera: 'CH',
    'united states': 'US',
    'united states of america': 'US',
    usa: 'US',
    'u.s.a.': 'US',
    'u.s.': 'US',
    america: 'US',
    canada: 'CA',
    china: 'CN',
    "people's republic of china": 'CN',
    prc: 'CN',
    中国: 'CN',
    中华人民共和国: 'CN',
    brazil: 'BR',
    brasil: 'BR',
    singapore: 'SG',
    australia: 'AU',
    japan: 'JP',
    日本: 'JP',
    'south korea': 'KR',
    korea: 'KR',
    'republic of korea': 'KR',
    대한민국: 'KR',
    한국: 'KR',
    india: 'IN',
    भारत: 'IN',
    deu: 'DE',
    fra: 'FR',
    esp: 'ES',
    ita: 'IT',
    nld: 'NL',
    gbr: 'GB',
    che: 'CH',
    chn: 'CN',
    can: 'CA',
    bra: 'BR',
    sgp: 'SG',
    aus: 'AU',
    jpn: 'JP',
    kor: 'KR',
    ind: 'IN',
  }),
);

/** Country-code TLDs that are marketed as generic and say nothing about a country. */
const VANITY_TLDS: ReadonlySet<string> = new Set([
  'io',
  'co',
  'ai',
  'me',
  'tv',
  'fm',
  'ly',
  'to',
  'gg',
  'ws',
  'cc',
  'sh',
  'so',
  'am',
  'nu',
  'tk',
  'ml',
  'ga',
  'cf',
  'gq',
  'vc',
  'ac',
  'st',
  'im',
  'md',
  'ms',
  'dj',
  'gl',
  'ps',
]);

/** Normalises an address country (alpha-2, alpha-3 of a covered country, or name) to alpha-2. */
export function toAlpha2(country: string | undefined): string | undefined {
  if (country === undefined) return undefined;
  const trimmed = country.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0 || trimmed.length > 80) return undefined;
  const upper = trimmed.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) {
    const code = upper === 'UK' ? 'GB' : upper;
    return KNOWN_ALPHA2.has(code) ? code : undefined;
  }
  return COUNTRY_NAMES.get(trimmed.toLowerCase());
}

/**
 * The country a host name's TLD points to: `.de` → DE, `.co.uk` / `.uk` → GB, `.eu` → 'EU'
 * (the union, no single country). Generic and vanity TLDs (.com, .io, .ai ...) return undefined.
 */
export function countryOfHost(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2) return undefined;
  const tld = labels[labels.length - 1] ?? '';
  if (tld === 'eu') return 'EU';
  if (tld === 'uk') return 'GB';
  if (!/^[a-z]{2}$/.test(tld) || VANITY_TLDS.has(tld)) return undefined;
  const code = tld.toUpperCase();
  return KNOWN_ALPHA2.has(code) ? code : undefined;
}

const EEA: ReadonlySet<string> = new Set(EEA_COUNTRIES);

const SINGLE_REGIME: Readonly<Record<string, JurisdictionId>> = {
  EU: 'EU',
  GB: 'UK',
  CH: 'CH',
  CN: 'CN',
  BR: 'BR',
  SG: 'SG',
  AU: 'AU',
  JP: 'JP',
  KR: 'KR',
  IN: 'IN',
};

/**
 * Regime for a country at country level. US and CA need a subdivision to pick between
 * US-CA / US-OTHER and CA / CA-QC; callers refine with `subdivisionRegime`.
 * Returns UNKNOWN for countries without a modelled regime.
 */
export function regimeOfCountry(alpha2: string): JurisdictionId | 'US' | 'CA-FEDERAL' {
  if (EEA.has(alpha2)) return 'EU';
  if (alpha2 === 'US') return 'US';
  if (alpha2 === 'CA') return 'CA-FEDERAL';
  return SINGLE_REGIME[alpha2] ?? 'UNKNOWN';
}
