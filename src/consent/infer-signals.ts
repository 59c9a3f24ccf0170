// Reads jurisdiction signals out of a lead draft: address country, phone country codes, email
// and website country domains, page language. Must never throw on malformed input, and must
// never put a personal value (number, address, email) in a reason's description.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { countryOfHost, toAlpha2 } from './countries';
import type { LeadDraft } from './lead-draft';
import { reason, type ReasonCode, type ReasonParams } from './reason-codes';

export const SIGNAL_KINDS = [
  'address',
  'phone',
  'email',
  'website',
  'page-url',
  'page-language',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** How much one signal of each kind counts. The address outweighs all others together. */
export const SIGNAL_WEIGHTS: Readonly<Record<SignalKind, number>> = {
  address: 12,
  phone: 4,
  email: 3,
  website: 2,
  'page-url': 1,
  'page-language': 1,
};

export interface CountrySignal {
  readonly kind: SignalKind;
  /** Alpha-2 country, 'EU' for .eu, or undefined when the signal says nothing. */
  readonly country: string | undefined;
  readonly weight: number;
  readonly code: ReasonCode;
  readonly params: ReasonParams;
  /** English rendering of code and params (value-free). */
  readonly description: string;
  /** NANP national number (for the area-code refinement); never shown. */
  readonly nationalNumber?: string;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The host's top-level domain (".de", ".co.uk"). An IP address has none: the page's own address is
 * named whole (it identifies a site, not a person); an e-mail or website IP reads "IP" (it may
 * identify the person, and reasons go into the signed receipt).
 */
function tldOf(host: string, kind: 'email' | 'website' | 'page-url'): string {
  const labels = host.split('.');
  if (labels.length === 1 || host.startsWith('[') || /^\d+$/.test(labels[labels.length - 1] ?? ''))
    return kind === 'page-url' ? host : 'IP';
  const last = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  return last === 'uk' && labels.length > 2 && second.length <= 3
    ? `.${second}.${last}`
    : `.${last}`;
}

const DOMAIN_CODES = {
  email: ['email_domain', 'email_generic'],
  website: ['website_domain', 'website_generic'],
  'page-url': ['page_domain', 'page_generic'],
} as const;

function domainSignal(kind: 'email' | 'website' | 'page-url', host: string): CountrySignal {
  const country = countryOfHost(host);
  const tld = tldOf(host.toLowerCase(), kind);
  const [named, generic] = DOMAIN_CODES[kind];
  return country === undefined
    ? { kind, country, weight: 0, ...reason(generic, { tld }) }
    : { kind, country, weight: SIGNAL_WEIGHTS[kind], ...reason(named, { tld, country }) };
}

function phoneSignal(phone: string): CountrySignal {
  const parsed = parsePhoneNumberFromString(phone);
  if (parsed?.country === undefined) {
    return {
      kind: 'phone',
      country: undefined,
      weight: 0,
      ...reason('phone_unknown'),
    };
  }
  return {
    kind: 'phone',
    country: parsed.country,
    weight: SIGNAL_WEIGHTS.phone,
    ...reason('phone_code', { code: parsed.countryCallingCode, country: parsed.country }),
    ...(parsed.countryCallingCode === '1' ? { nationalNumber: parsed.nationalNumber } : {}),
  };
}

function languageSignal(tag: string): CountrySignal | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag.trim());
  } catch {
    return undefined;
  }
  const region = locale.region === undefined ? undefined : toAlpha2(locale.region);
  if (region !== undefined) {
    return {
      kind: 'page-language',
      country: region,
      weight: 1,
      ...reason('language_region', { language: locale.baseName, country: region }),
    };
  }
  const single: Record<string, string> = { ja: 'JP', ko: 'KR' };
  const country = single[locale.language];
  return country === undefined
    ? {
        kind: 'page-language',
        country: undefined,
        weight: 0,
        ...reason('language_none', { language: locale.language }),
      }
    : {
        kind: 'page-language',
        country,
        weight: 0.5,
        ...reason('language_country', { language: locale.language, country }),
      };
}

/** Every signal in the draft, including the ones that say nothing (weight 0). */
export function collectSignals(draft: LeadDraft): CountrySignal[] {
  const signals: CountrySignal[] = [];
  if (typeof draft.country === 'string' && draft.country.trim().length > 0) {
    const country = toAlpha2(draft.country);
    signals.push(
      country === undefined
        ? { kind: 'address', country, weight: 0, ...reason('address_unknown') }
        : {
            kind: 'address',
            country,
            weight: SIGNAL_WEIGHTS.address,
            ...reason('address_country', { country }),
          },
    );
  }
  for (const phone of draft.phones ?? [])
    if (typeof phone === 'string') signals.push(phoneSignal(phone));
  for (const email of draft.emails ?? []) {
    if (typeof email !== 'string') continue;
    const at = email.lastIndexOf('@');
    const host = at >= 0 ? email.slice(at + 1).trim() : '';
    if (host.includes('.')) signals.push(domainSignal('email', host));
  }
  for (const url of draft.urls ?? []) {
    const host = typeof url === 'string' ? hostOf(url) : undefined;
    if (host !== undefined && host.includes('.')) signals.push(domainSignal('website', host));
  }
  const pageHost = typeof draft.pageUrl === 'string' ? hostOf(draft.pageUrl) : undefined;
  if (pageHost !== undefined && pageHost.includes('.'))
    signals.push(domainSignal('page-url', pageHost));
  if (typeof draft.pageLanguage === 'string' && draft.pageLanguage.trim().length > 0) {
    const signal = languageSignal(draft.pageLanguage);
    if (signal !== undefined) signals.push(signal);
  }
  return signals;
}
