// Window recognisers for European identifiers: UK NHS and NINO, Spanish NIF/NIE, Italian fiscal code, VAT,
// identity card, passport and driving licence, Polish PESEL, German tax id, Finnish personal identity code.
// Must never report a value whose check digit or check letter fails.
import {
  isAllDigits,
  isValidDate,
  iso7064Mod11_10Check,
  luhnValid,
  num,
  weightedSum,
} from '../checksums';
import type { WindowRecogniser, WindowView } from '../window';
import { SCORE } from './scores';

/** In the entity's own grouping (blank or dash separated): `grouped`; otherwise weak (needs context). */
function groupingScore(
  w: WindowView,
  shapes: readonly string[],
  grouped: number = SCORE.strong,
): number {
  if (w.groupCount === 1) return SCORE.weak;
  const sep = w.separator(0);
  const plain = sep === '' || sep === '-';
  return shapes.includes(w.shape) && w.uniformSeparators && plain ? grouped : SCORE.weak;
}

export const ukNhs: WindowRecogniser = {
  chars: 'digits',
  entity: 'UK_NHS',
  minLength: 10,
  maxLength: 10,
  maxGroups: 3,
  context: ['nhs', 'national health', 'health service', 'patient number', '医疗编号'],
  match(w) {
    if (!w.digitsOnly) return 0;
    const d = w.compact;
    const rest = weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    const check = rest === 0 ? 0 : 11 - rest;
    if (check === 10 || check !== d.charCodeAt(9) - 48) return 0;
    return groupingScore(w, ['3-3-4']);
  },
};

const NINO = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/;

export const ukNino: WindowRecogniser = {
  chars: 'letters',
  entity: 'UK_NINO',
  minLength: 9,
  maxLength: 9,
  maxGroups: 5,
  context: ['national insurance', 'nino', 'ni number', 'insurance number'],
  match(w) {
    return NINO.test(w.compact.toUpperCase()) ? SCORE.strong : 0;
  },
};

const NIF_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export const esNif: WindowRecogniser = {
  chars: 'letters',
  entity: 'ES_NIF',
  minLength: 9,
  maxLength: 9,
  maxGroups: 2,
  context: ['nif', 'dni', 'documento nacional', 'identificación fiscal', 'tax id'],
  match(w) {
    const s = w.compact.toUpperCase();
    if (!/^\d{8}[A-Z]$/.test(s) || (w.groupCount === 2 && w.shape !== '8-1')) return 0;
    return NIF_LETTERS[num(s, 0, 8) % 23] === s[8] ? SCORE.strong + 0.05 : 0;
  },
};

export const esNie: WindowRecogniser = {
  chars: 'letters',
  entity: 'ES_NIE',
  minLength: 9,
  maxLength: 9,
  maxGroups: 3,
  context: ['nie', 'extranjero', 'foreigner', 'identidad'],
  match(w) {
    const s = w.compact.toUpperCase();
    if (!/^[XYZ]\d{7}[A-Z]$/.test(s)) return 0;
    const n = Number('XYZ'.indexOf(s[0] ?? '') + s.slice(1, 8));
    return NIF_LETTERS[n % 23] === s[8] ? SCORE.strong + 0.05 : 0;
  },
};

const CF_PATTERN =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const CF_ODD = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

export function italianFiscalCodeValid(input: string): boolean {
  const s = input.toUpperCase();
  if (!CF_PATTERN.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? (CF_ODD[v] ?? 0) : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

export const itFiscalCode: WindowRecogniser = {
  chars: 'letters',
  entity: 'IT_FISCAL_CODE',
  minLength: 16,
  maxLength: 16,
  maxGroups: 1,
  context: ['codice fiscale', 'fiscal code', 'cf', 'tax code'],
  match(w) {
    return italianFiscalCodeValid(w.compact) ? SCORE.validated : 0;
  },
};

export const itVatCode: WindowRecogniser = {
  entity: 'IT_VAT_CODE',
  minLength: 11,
  maxLength: 13,
  maxGroups: 2,
  context: ['partita iva', 'p.iva', 'p. iva', 'piva', 'vat', 'iva'],
  match(w) {
    const s = w.compact.toUpperCase();
    const prefixed = s.startsWith('IT');
    const d = prefixed ? s.slice(2) : s;
    if (!/^\d{11}$/.test(d) || !luhnValid(d) || d.startsWith('0000000')) return 0;
    return prefixed ? SCORE.strong : w.groupCount === 1 ? SCORE.weak : 0;
  },
};

export const itIdentityCard: WindowRecogniser = {
  chars: 'letters',
  entity: 'IT_IDENTITY_CARD',
  minLength: 9,
  maxLength: 9,
  maxGroups: 1,
  context: [
    "carta d'identità",
    "carta d'identita",
    'carta identità',
    'identity card',
    'id card',
    'cie',
  ],
  match(w) {
    return /^(?:C[A-Z]\d{5}[A-Z]{2}|[A-Z]{2}\d{7})$/.test(w.compact) ? SCORE.contextOnly : 0;
  },
};

export const itPassport: WindowRecogniser = {
  chars: 'letters',
  entity: 'IT_PASSPORT',
  minLength: 9,
  maxLength: 9,
  maxGroups: 1,
  context: ['passaporto', 'italian passport', 'passport', '护照'],
  match(w) {
    return /^[A-Z]{2}\d{7}$/.test(w.compact) ? SCORE.contextOnly : 0;
  },
};

export const itDriverLicense: WindowRecogniser = {
  chars: 'letters',
  entity: 'IT_DRIVER_LICENSE',
  minLength: 10,
  maxLength: 10,
  maxGroups: 1,
  context: ['patente', 'patente di guida', 'driving licence', 'driver license', 'driving license'],
  match(w) {
    return /^(?:[A-Z]{2}\d{7}[A-Z]|U1[A-Z0-9]{7}[A-Z])$/.test(w.compact) ? SCORE.contextOnly : 0;
  },
};

export function peselValid(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const check = (10 - (weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  if (check !== d.charCodeAt(10) - 48) return false;
  const yy = num(d, 0, 2);
  const mm = num(d, 2, 4);
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)] ?? 0;
  return century > 0 && isValidDate(century + yy, mm % 20, num(d, 4, 6));
}

export const plPesel: WindowRecogniser = {
  chars: 'digits',
  entity: 'PL_PESEL',
  minLength: 11,
  maxLength: 11,
  maxGroups: 1,
  context: ['pesel', 'numer pesel'],
  match(w) {
    return peselValid(w.compact) ? SCORE.weak : 0;
  },
};

/** Steuerliche Identifikationsnummer: 11 digits, one digit of the first ten repeated 2-3 times. */
const digitCounts = new Uint8Array(10);

export function germanTaxIdValid(d: string): boolean {
  if (d.length !== 11 || d.charCodeAt(0) === 48 || !isAllDigits(d)) return false;
  digitCounts.fill(0);
  for (let i = 0; i < 10; i++) digitCounts[d.charCodeAt(i) - 48]!++;
  let repeated = 0;
  for (let k = 0; k < 10; k++) {
    const count = digitCounts[k]!;
    if (count > 3) return false;
    if (count > 1) repeated++;
  }
  if (repeated !== 1) return false;
  return iso7064Mod11_10Check(d.slice(0, 10)) === d.charCodeAt(10) - 48;
}

export const deTaxId: WindowRecogniser = {
  chars: 'digits',
  entity: 'DE_TAX_ID',
  minLength: 11,
  maxLength: 11,
  maxGroups: 4,
  context: [
    'steuer',
    'steueridentifikationsnummer',
    'identifikationsnummer',
    'idnr',
    'tax id',
    'tin',
    '税号',
  ],
  match(w) {
    if (!w.digitsOnly || !germanTaxIdValid(w.compact)) return 0;
    return groupingScore(w, ['2-3-3-3'], SCORE.medium);
  },
};

const FI_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

export const fiPersonalIdentityCode: WindowRecogniser = {
  entity: 'FI_PERSONAL_IDENTITY_CODE',
  minLength: 10,
  maxLength: 11,
  maxGroups: 2,
  context: ['henkilötunnus', 'hetu', 'personal identity code', 'finnish id'],
  match(w) {
    if (w.end - w.start !== 11) return 0; // DDMMYY, century sign, NNN, check character
    const sign = w.text.charCodeAt(w.start + 6);
    if (sign >= 48 && sign <= 57) return 0; // the century sign is "-", "+" or a letter, never a digit
    const raw = w.raw.toUpperCase();
    const m = /^(\d{2})(\d{2})(\d{2})([-A-FU-Y])(\d{3})([0-9A-Y])$/.exec(raw);
    if (m === null) return 0;
    const sep = m[4] ?? '';
    const century = sep === '-' || 'UVWXY'.includes(sep) ? 1900 : 2000;
    if (!isValidDate(century + Number(m[3]), Number(m[2]), Number(m[1]))) return 0;
    const n = Number((m[1] ?? '') + (m[2] ?? '') + (m[3] ?? '') + (m[5] ?? ''));
    return FI_CHECK[n % 31] === m[6] ? SCORE.validated : 0;
  },
};
