// Jurisdiction-inference reasons as codes with parameters, so any interface can render them in
// its own language (the side panel has English and Chinese); the English template here gives the
// receipt's value-free `description`. Parameters are country codes, TLDs, calling codes, language
// tags and jurisdiction ids only. Must never carry a personal value (number, address, email).

export const REASON_CODES = [
  'address_country',
  'address_unknown',
  'phone_code',
  'phone_unknown',
  'email_domain',
  'email_generic',
  'website_domain',
  'website_generic',
  'page_domain',
  'page_generic',
  'language_region',
  'language_country',
  'language_none',
  'subdivision_region',
  'subdivision_area_code',
  'subdivision_conflict',
  'subdivision_unknown',
  'no_signal',
  'conflict',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
export type ReasonParams = Readonly<Record<string, string>>;

/** English templates; `{name}` is replaced by the parameter of that name. */
export const REASON_TEMPLATES_EN: Readonly<Record<ReasonCode, string>> = {
  address_country: 'address country → {country}',
  address_unknown: 'address country not recognised',
  phone_code: 'phone country code +{code} → {country}',
  phone_unknown: 'phone number without a recognisable country code',
  email_domain: 'email domain {tld} → {country}',
  email_generic: 'email domain {tld} is generic → no country',
  website_domain: 'website domain {tld} → {country}',
  website_generic: 'website domain {tld} is generic → no country',
  page_domain: 'page domain {tld} → {country}',
  page_generic: 'page domain {tld} is generic → no country',
  language_region: 'page language region {language} → {country}',
  language_country: 'page language {language} → {country}',
  language_none: 'page language {language} names no single country',
  subdivision_region: 'address region → {jurisdiction}',
  subdivision_area_code: 'phone area code → {jurisdiction}',
  subdivision_conflict: 'phone area codes disagree → stricter {jurisdiction}',
  subdivision_unknown: 'state or province unknown → stricter {jurisdiction}',
  no_signal: 'no country signal → strictest rules',
  conflict: 'equally strong signals point to different regimes → strictest rules',
};

/** The English description of a reason (unknown parameters are left as `{name}`). */
export function describeReason(code: ReasonCode, params: ReasonParams = {}): string {
  return REASON_TEMPLATES_EN[code].replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? (params[name] as string) : match,
  );
}

/** A reason with its code, parameters and English description. */
export function reason(
  code: ReasonCode,
  params: ReasonParams = {},
): { code: ReasonCode; params: ReasonParams; description: string } {
  return { code, params, description: describeReason(code, params) };
}
