// Normalisation of identifiers before keyed hashing: emails, E.164 phones and profile URLs.
// Two spellings of the same identifier must hash alike. Must never log or return the inputs.
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export const IDENTIFIER_KINDS = ['email', 'phone', 'url'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** Lower-cased, trimmed, NFC; `mailto:` removed. (Dots and +tags are kept: they can be distinct mailboxes.) */
export function normalizeEmail(email: string): string | undefined {
  const trimmed = email
    .normalize('NFC')
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return undefined;
  return trimmed;
}

/** E.164 (`+4930123456`) from any international spelling; undefined when not parseable. */
export function normalizePhone(phone: string): string | undefined {
  const parsed = parsePhoneNumberFromString(phone.trim());
  return parsed?.isPossible() ? parsed.number : undefined;
}

/**
 * Host (lower case, without `www.`) plus path without trailing slash; scheme, query, fragment and
 * port dropped: `https://www.LinkedIn.com/in/jane/?x=1` → `linkedin.com/in/jane`.
 */
export function normalizeProfileUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(
      /^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`,
    );
  } catch {
    return undefined;
  }
  if (parsed.hostname.length === 0) return undefined;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the encoded path
  }
  path = path.normalize('NFC').replace(/\/+$/, '');
  return `${host}${path}`;
}

export function normalizeIdentifier(kind: IdentifierKind, value: string): string | undefined {
  if (kind === 'email') return normalizeEmail(value);
  if (kind === 'phone') return normalizePhone(value);
  return normalizeProfileUrl(value);
}
