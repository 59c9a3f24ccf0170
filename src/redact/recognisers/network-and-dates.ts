// Window recognisers for IPv4 addresses, phone numbers (libphonenumber-js) and numeric dates.
// Must never report a version string, a decimal or a bare order number as an IP or a phone.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { isValidDate } from '../checksums';
import type { WindowRecogniser, WindowView } from '../window';
import { SCORE } from './scores';

export const ipv4: WindowRecogniser = {
  chars: 'digits',
  entity: 'IP_ADDRESS',
  minLength: 4,
  maxLength: 12,
  maxGroups: 4,
  minGroups: 4,
  context: ['ip', 'ip address', 'ipv4', 'server', 'host', 'ip地址'],
  negativeContext: ['firmware', 'fw', 'release', 'patch', '固件'],
  match(w) {
    if (w.groupCount !== 4 || !w.digitsOnly) return 0;
    for (let k = 0; k < 3; k++)
      if (w.separatorKind(k) !== 2 || w.separatorLength(k) !== 1) return 0;
    for (let k = 0; k < 4; k++) {
      const length = w.groupLength(k);
      const at = w.chain.starts[w.first + k] ?? 0;
      const c0 = w.text.charCodeAt(at) - 48;
      if (length > 3 || (length > 1 && c0 === 0)) return 0;
      let value = 0;
      for (let i = 0; i < length; i++) value = value * 10 + w.text.charCodeAt(at + i) - 48;
      if (value > 255) return 0;
    }
    // Part of a longer dotted run (1.2.3.4.5) is a version or an OID, not an address.
    if (w.text.charCodeAt(w.start - 1) === 46 || w.text.charCodeAt(w.end) === 46) {
      const after = w.text.charCodeAt(w.end + 1);
      const before = w.text.charCodeAt(w.start - 2);
      if ((after >= 48 && after <= 57) || (before >= 48 && before <= 57)) return 0;
    }
    return SCORE.medium;
  },
};

/** MAC written with dashes (00-1A-2B-3C-4D-5E) or Cisco dots (001a.2b3c.4d5e). */
export const macAddress: WindowRecogniser = {
  entity: 'MAC_ADDRESS',
  minLength: 12,
  maxLength: 12,
  maxGroups: 6,
  minGroups: 3,
  context: ['mac', 'mac address', 'hardware address', 'mac地址'],
  match(w) {
    // The whole chain, or all of it after a "MAC" label that joined it ("MAC 00-1B-63-84-45-E6").
    const label = w.first === 1 && w.chain.hasLetter[0] === 1 && /^mac$/i.test(labelText(w));
    if ((!w.wholeChain && !(label && w.last === w.chain.size - 1)) || !w.uniformSeparators)
      return 0;
    const kind = w.separatorKind(0);
    if (!(w.groupCount === 6 && kind === 1) && !(w.groupCount === 3 && kind === 2)) return 0;
    if (!/^[0-9A-Fa-f]{12}$/.test(w.compact)) return 0;
    if (w.shape === '2-2-2-2-2-2' && w.separator(0) === '-' && !w.raw.includes(' '))
      return SCORE.strong;
    if (w.shape === '4-4-4' && w.separator(0) === '.' && !w.raw.includes(' '))
      // Digits only ("4000.1200.3400") is as likely an account or part code: it needs a MAC word.
      return /[A-Fa-f]/.test(w.compact) ? SCORE.strong : SCORE.contextOnly;
    return 0;
  },
};

/** The chain's first group (a label when it holds letters only). */
function labelText(w: WindowView): string {
  return w.text.slice(w.chain.starts[0], w.chain.ends[0]);
}

/** Value of the window's digit group k. */
function groupValue(w: WindowView, k: number): number {
  const at = w.chain.starts[w.first + k] ?? 0;
  const end = w.chain.ends[w.first + k] ?? 0;
  let value = 0;
  for (let i = at; i < end; i++) value = value * 10 + w.text.charCodeAt(i) - 48;
  return value;
}

/** Numeric date parts in y-m-d, d-m-y or m-d-y order, or null. */
function dateParts(w: WindowView): [number, number, number] | null {
  if (w.groupCount !== 3 || !w.digitsOnly || !w.uniformSeparators) return null;
  const sep = w.separatorKind(0);
  if (sep !== 1 && sep !== 3 && sep !== 2) return null; // - / .
  // Part of a longer run with the same separator (2024.01.03.1, 1-2-3-4): a version or a code, not a date.
  const chain = w.chain;
  if (w.first > 0 && chain.separatorKind[w.first - 1] === sep) return null;
  if (w.last < chain.size - 1 && chain.separatorKind[w.last] === sep) return null;
  const a = groupValue(w, 0);
  const b = groupValue(w, 1);
  const c = groupValue(w, 2);
  const [l0, l1, l2] = [w.groupLength(0), w.groupLength(1), w.groupLength(2)];
  if (l0 === 4 && l1 <= 2 && l2 <= 2) return isValidDate(a, b, c) ? [a, b, c] : null;
  if (l2 === 4 && l0 <= 2 && l1 <= 2) {
    if (isValidDate(c, b, a)) return [c, b, a];
    if (isValidDate(c, a, b)) return [c, a, b];
  }
  return null;
}

export const numericDate: WindowRecogniser = {
  chars: 'digits',
  entity: 'DATE_TIME',
  minLength: 4,
  maxLength: 8,
  maxGroups: 3,
  minGroups: 3,
  match(w) {
    const parts = dateParts(w);
    if (parts === null || parts[0] < 1900 || parts[0] > 2099) return 0;
    return SCORE.medium;
  },
};

const NATIONAL_REGIONS: readonly CountryCode[] = ['GB', 'DE', 'FR', 'AU', 'IN', 'CN', 'IT', 'NL'];

/** North American numbers: area code and exchange never start with 0/1, N11 exchanges are services. */
const NANP = /^[2-9][0-8]\d[2-9](?!11)\d{6}$/;
/** UK London (20), other geographic (1x) and mobile (7[4-9]) numbers: the bulk of UK numbers in notes. */
const UK_COMMON = /^(?:20[378]\d{7}|1[1-9]\d{8}|7[4-9]\d{8})$/;
/** Chinese mobile ranges. */
const CN_MOBILE = /^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}$/;

/**
 * Phone validity: fast paths for North America and Chinese mobiles, libphonenumber-js for the rest
 * (about 20 microseconds a call, hence the per-detect memo kept on the window view).
 */
function validIn(w: WindowView, digits: string, region?: CountryCode): boolean {
  // Fast paths only ever say yes; anything else goes to libphonenumber.
  if (region === undefined) {
    if (digits.length === 11 && digits.startsWith('1') && NANP.test(digits.slice(1))) return true;
    if (digits.length === 13 && digits.startsWith('86') && CN_MOBILE.test(digits.slice(2)))
      return true;
    if (digits.length === 12 && digits.startsWith('44') && UK_COMMON.test(digits.slice(2)))
      return true;
  } else if (region === 'US' && NANP.test(digits.length === 11 ? digits.slice(1) : digits))
    return true;
  // Validity hangs on the leading digits and the length, not on the last three digits: memoising on the
  // rest keeps libphonenumber off the hot path when many numbers share a range.
  const key = `${region ?? '+'}${digits.slice(0, -3)}/${digits.length}`;
  let valid = w.memo.get(key);
  if (valid === undefined) {
    const parsed = parsePhoneNumberFromString(region === undefined ? '+' + digits : digits, region);
    valid = parsed !== undefined && parsed.isValid();
    w.memo.set(key, valid);
  }
  return valid;
}

export const phoneNumber: WindowRecogniser = {
  chars: 'digits',
  needsBoundaries: true,
  entity: 'PHONE_NUMBER',
  minLength: 7,
  maxLength: 15,
  maxGroups: 6,
  context: [
    'phone',
    'tel',
    'telephone',
    'mobile',
    'cell',
    'call',
    'fax',
    'whatsapp',
    'contact',
    '电话',
    '手机',
    '联系',
    '座机',
    '传真',
  ],
  match(w) {
    if (!w.boundaryAfter || !w.boundaryBefore || !w.digitsOnly) return 0;
    if (w.groupCount === 3 && dateParts(w) !== null) return 0;
    for (let k = 0; k < w.groupCount - 1; k++) {
      const kind = w.separatorKind(k);
      if (kind === 3 || (kind === 2 && w.groupLength(k) > 4)) return 0; // "/", "." after a long group
    }
    let start = w.start;
    let q = start - 1;
    let paren = false;
    if (w.text.charCodeAt(q) === 40) {
      paren = true;
      q--;
    }
    while (q >= 0 && w.text.charCodeAt(q) === 32 && start - q < 3) q--;
    const plus = w.text.charCodeAt(q) === 43;
    const d = w.compact;
    let score = 0;
    if (plus || d.startsWith('00')) {
      if (validIn(w, plus ? d : d.slice(2))) score = 0.75;
      if (plus) start = q;
      else if (paren) start = w.start - 1;
    } else {
      if (w.text.charCodeAt(w.start - 1) === 43) return 0;
      const usShape =
        w.shape === '3-3-4' ||
        w.shape === '1-3-3-4' ||
        (paren && (w.shape === '3-3-4' || w.shape === '3-7'));
      if (usShape && validIn(w, d, 'US')) score = 0.7;
      else if (CN_MOBILE.test(d) && (w.groupCount === 1 || w.shape === '3-4-4')) score = 0.7;
      else if (d[0] === '0' && d[1] !== '0' && (w.groupCount > 1 || paren)) {
        for (const region of NATIONAL_REGIONS) {
          if (validIn(w, d, region)) {
            score = 0.65;
            break;
          }
        }
      } else if (paren && (w.shape === '2-4-4' || w.shape === '2-5-4') && validIn(w, d, 'BR')) {
        score = 0.65; // Brazil: "(11) 3456-7890", "(11) 91234-5678"
      } else if (d.length === 8 && (w.shape === '8' || w.shape === '4-4')) {
        // Hong Kong and Singapore write local numbers as eight digits without a trunk 0: as often an
        // order number or a date, so only a phone word nearby reports one.
        if (validIn(w, d, 'HK') || validIn(w, d, 'SG')) score = SCORE.contextOnly;
      }
      if (paren) start = w.start - 1;
    }
    if (score > 0) w.outStart = start;
    return score;
  },
};
