// Window recognisers for financial identifiers: payment cards, IBAN, US bank account numbers, wallets.
// Must never report a card or IBAN whose check digits fail.
import { isAllDigits, luhnValid, mod97 } from '../checksums';
import type { WindowRecogniser, WindowView } from '../window';
import { SCORE } from './scores';
import { isBase58CheckAddress, isBech32Address, isEthereumAddress } from './wallets';

/** Issuer (IIN) ranges of the major schemes, with their lengths. */
export function cardIssuerKnown(d: string): boolean {
  const len = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4') return len === 13 || len === 16 || len === 19; // Visa
  if (p2 >= 51 && p2 <= 55) return len === 16; // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return len === 16; // Mastercard 2-series
  if (p4 >= 2200 && p4 <= 2204) return len >= 16 && len <= 19; // Mir
  if (p2 === 34 || p2 === 37) return len === 15; // Amex
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return len >= 16 && len <= 19; // Discover
  if (p2 === 62) return len >= 16 && len <= 19; // UnionPay
  if (p4 >= 3528 && p4 <= 3589) return len >= 16 && len <= 19; // JCB
  if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39)
    return len >= 14 && len <= 19;
  if ([5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763].includes(p4)) return len >= 12;
  if (p6 >= 560000 && p6 <= 589999) return len >= 12 && len <= 19; // Maestro (56-58)
  return false;
}

function repeatedDigit(d: string): boolean {
  for (let i = 1; i < d.length; i++) if (d[i] !== d[0]) return false;
  return true;
}

/** A grouped window next to another 4-digit group is a slice of a longer number, not a card. */
function gluedToSameGrouping(w: WindowView): boolean {
  if (w.groupCount === 1 || w.wholeChain) return false;
  const chain = w.chain;
  const isFourDigits = (g: number): boolean =>
    g >= 0 && g < chain.size && chain.hasLetter[g] === 0 && chain.ends[g]! - chain.starts[g]! === 4;
  return (
    isFourDigits(w.first - 1) ||
    (w.groupLength(0) === 4 && isFourDigits(w.last + 1) && w.groupLength(w.groupCount - 1) === 4)
  );
}

export const creditCard: WindowRecogniser = {
  chars: 'digits',
  entity: 'CREDIT_CARD',
  minLength: 12,
  maxLength: 19,
  maxGroups: 5,
  context: [
    'card',
    'credit',
    'debit',
    'visa',
    'mastercard',
    'amex',
    'cc',
    '卡号',
    '信用卡',
    '银行卡',
    '借记卡',
  ],
  match(w: WindowView): number {
    if (!w.digitsOnly) return 0;
    const d = w.compact;
    if (!luhnValid(d) || !cardIssuerKnown(d) || repeatedDigit(d)) return 0;
    if (gluedToSameGrouping(w)) return 0;
    // 4-4-4-4(-3), Amex 4-6-5, Diners 4-6-4: the first group is always 4 digits; odd groupings need context.
    if (w.groupCount > 1 && (w.groupLength(0) !== 4 || !w.uniformSeparators)) return SCORE.weak;
    return w.wholeChain ? SCORE.strong + 0.05 : SCORE.strong - 0.05;
  },
};

const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/** IBAN_LENGTHS over two upper-case letters as a table (0 = no such country). */
const IBAN_LENGTH_BY_CODE = new Uint8Array(26 * 26);
for (const [code, length] of Object.entries(IBAN_LENGTHS)) {
  IBAN_LENGTH_BY_CODE[(code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65] = length;
}

export function ibanValid(input: string): boolean {
  const s = input.toUpperCase();
  if (IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  if (!isAllDigits(s.slice(2, 4)) || !/^[A-Z0-9]+$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

export const ibanCode: WindowRecogniser = {
  chars: 'letters',
  entity: 'IBAN_CODE',
  minLength: 15,
  maxLength: 34,
  maxGroups: 9,
  context: ['iban', 'bank', 'account', '账户', '账号', '银行'],
  match(w: WindowView): number {
    // The country code sets the length: checked on the text before any string is built.
    const at = w.start;
    const c0 = w.text.charCodeAt(at) & ~32;
    const c1 = (w.groupLength(0) > 1 ? w.text.charCodeAt(at + 1) : w.compact.charCodeAt(1)) & ~32;
    if (c0 < 65 || c0 > 90 || c1 < 65 || c1 > 90) return 0;
    if (IBAN_LENGTH_BY_CODE[(c0 - 65) * 26 + c1 - 65] !== w.compactLength) return 0;
    return ibanValid(w.compact) ? SCORE.validated : 0;
  },
};

export const usBankNumber: WindowRecogniser = {
  chars: 'digits',
  entity: 'US_BANK_NUMBER',
  minLength: 8,
  maxLength: 17,
  maxGroups: 1,
  context: [
    'bank account',
    'account number',
    'account no',
    'acct',
    'routing',
    'checking account',
    'savings account',
    '银行账号',
    '账号',
  ],
  match(w: WindowView): number {
    return w.digitsOnly ? SCORE.contextOnly : 0;
  },
};

export const cryptoWallet: WindowRecogniser = {
  chars: 'letters',
  entity: 'CRYPTO',
  minLength: 26,
  maxLength: 74,
  maxGroups: 1,
  context: ['wallet', 'bitcoin', 'btc', 'ethereum', 'eth', 'crypto', '钱包', '比特币', '以太坊'],
  match(w: WindowView): number {
    const s = w.compact;
    if (isBase58CheckAddress(s) || isBech32Address(s)) return SCORE.validated;
    return isEthereumAddress(s) ? SCORE.strong : 0;
  },
};
