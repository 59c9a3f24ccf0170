// Window recognisers for Asian identifiers: China resident ID, Korea RRN, India PAN, Aadhaar, voter ID,
// passport, vehicle registration, GSTIN, Singapore NRIC/FIN and UEN (Australia, Thailand and Canada are in
// ids-oceania-canada.ts). Must never report a value whose check digit or date fails.
import { isValidDate, iso7064Mod11_2Check, num, verhoeffValid, weightedSum } from '../checksums';
import type { WindowRecogniser, WindowView } from '../window';
import { SCORE } from './scores';

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

const CN_PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
]);

export function chineseResidentIdValid(input: string): boolean {
  const s = input.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s) || !CN_PROVINCES.has(num(s, 0, 2))) return false;
  const year = num(s, 6, 10);
  if (year < 1900 || year > 2099 || !isValidDate(year, num(s, 10, 12), num(s, 12, 14)))
    return false;
  return iso7064Mod11_2Check(s.slice(0, 17)) === s[17];
}

export const cnResidentId: WindowRecogniser = {
  entity: 'CN_RESIDENT_ID',
  minLength: 18,
  maxLength: 18,
  maxGroups: 5,
  context: [
    '身份证',
    '身份证号',
    '公民身份号码',
    '证件号',
    'resident id',
    'id card',
    'identity card',
  ],
  match(w) {
    if (
      w.groupCount > 1 &&
      !['6-8-4', '6-8-3-1', '6-4-4-4', '3-3-4-4-4', '4-4-4-4-2'].includes(w.shape)
    )
      return 0;
    return chineseResidentIdValid(w.compact) ? SCORE.validated : 0;
  },
};

export const krRrn: WindowRecogniser = {
  chars: 'digits',
  entity: 'KR_RRN',
  minLength: 13,
  maxLength: 13,
  maxGroups: 2,
  context: ['rrn', 'resident registration', '주민등록번호', '주민번호', 'korean id'],
  match(w) {
    if (!w.digitsOnly || (w.groupCount === 2 && w.shape !== '6-7')) return 0;
    const d = w.compact;
    const g = d.charCodeAt(6) - 48;
    const century = [1800, 1900, 1900, 2000, 2000, 1900, 1900, 2000, 2000, 1800][g] ?? 0;
    if (!isValidDate(century + num(d, 0, 2), num(d, 2, 4), num(d, 4, 6))) return 0;
    const check = (11 - (weightedSum(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
    if (check === d.charCodeAt(12) - 48) return w.groupCount === 2 ? SCORE.validated : SCORE.strong;
    // RRNs issued since October 2020 carry no check digit: only the dashed form is trusted.
    return w.groupCount === 2 ? SCORE.medium : 0;
  },
};

export const inPan: WindowRecogniser = {
  chars: 'letters',
  entity: 'IN_PAN',
  minLength: 10,
  maxLength: 10,
  maxGroups: 1,
  context: ['pan', 'permanent account number', 'income tax'],
  match(w) {
    return /^[A-Z]{3}[ABCFGHLJPTK][A-Z]\d{4}[A-Z]$/.test(w.compact) ? SCORE.strong : 0;
  },
};

export const inAadhaar: WindowRecogniser = {
  chars: 'digits',
  entity: 'IN_AADHAAR',
  minLength: 12,
  maxLength: 12,
  maxGroups: 3,
  context: ['aadhaar', 'aadhar', 'uidai', 'आधार'],
  match(w) {
    if (!w.digitsOnly) return 0;
    const d = w.compact;
    if (d[0] === '0' || d[0] === '1' || !verhoeffValid(d)) return 0;
    if (d === d.split('').reverse().join('')) return 0;
    return groupingScore(w, ['4-4-4']);
  },
};

export const inVoter: WindowRecogniser = {
  chars: 'letters',
  entity: 'IN_VOTER',
  minLength: 10,
  maxLength: 10,
  maxGroups: 1,
  context: ['voter', 'epic', 'election commission', 'electoral'],
  match(w) {
    return /^[A-Z]{3}\d{7}$/.test(w.compact) ? SCORE.weak : 0;
  },
};

export const inPassport: WindowRecogniser = {
  chars: 'letters',
  entity: 'IN_PASSPORT',
  minLength: 8,
  maxLength: 8,
  maxGroups: 2,
  context: ['passport', 'indian passport', '护照'],
  match(w) {
    return /^[A-PR-WY][1-9]\d{5}[1-9]$/.test(w.compact) ? SCORE.contextOnly : 0;
  },
};

const IN_STATES = new Set(
  'AN AP AR AS BR CH CG DD DL DN GA GJ HP HR JH JK KA KL LA LD MH ML MN MP MZ NL OD OR PB PY RJ SK TN TR TS UK UP WB'.split(
    ' ',
  ),
);

/** IN_STATES as a bitmap over two upper-case letters, read straight from the text. */
const STATE_CODES = new Uint8Array(26 * 26);
for (const code of IN_STATES) {
  STATE_CODES[(code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65] = 1;
}

export const inVehicleRegistration: WindowRecogniser = {
  chars: 'letters',
  entity: 'IN_VEHICLE_REGISTRATION',
  minLength: 8,
  maxLength: 11,
  maxGroups: 4,
  context: ['vehicle', 'registration', 'number plate', 'licence plate', 'license plate', 'car'],
  match(w) {
    const c0 = w.text.charCodeAt(w.start);
    const c1 = w.text.charCodeAt(w.start + 1);
    if (c0 < 65 || c0 > 90 || c1 < 65 || c1 > 90 || STATE_CODES[(c0 - 65) * 26 + c1 - 65] !== 1)
      return 0; // a state code first
    const s = w.compact;
    if (!/^[A-Z]{2}\d{1,2}[A-Z]{1,3}\d{4}$/.test(s) || !IN_STATES.has(s.slice(0, 2))) return 0;
    return SCORE.medium;
  },
};

const GST_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function gstinValid(s: string): boolean {
  if (!/^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = GST_CHARS.indexOf(s.charAt(i)) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return GST_CHARS[(36 - (sum % 36)) % 36] === s[14];
}

export const inGstin: WindowRecogniser = {
  chars: 'letters',
  entity: 'IN_GSTIN',
  minLength: 15,
  maxLength: 15,
  maxGroups: 1,
  context: ['gstin', 'gst', 'goods and services tax'],
  match(w) {
    return gstinValid(w.compact) ? SCORE.validated : 0;
  },
};

export function nricValid(s: string): boolean {
  const m = /^([STFG])(\d{7})([A-Z])$/.exec(s);
  if (m === null) return false;
  const prefix = m[1] ?? '';
  let sum = weightedSum(m[2] ?? '', [2, 7, 6, 5, 4, 3, 2]);
  if (prefix === 'T' || prefix === 'G') sum += 4;
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return table[sum % 11] === m[3];
}

export const sgNricFin: WindowRecogniser = {
  chars: 'letters',
  entity: 'SG_NRIC_FIN',
  minLength: 9,
  maxLength: 9,
  maxGroups: 1,
  context: ['nric', 'fin', 'identity card', 'ic number', '身份证'],
  match(w) {
    const s = w.compact.toUpperCase();
    if (nricValid(s)) return SCORE.validated;
    return /^M\d{7}[A-Z]$/.test(s) ? SCORE.weak : 0;
  },
};

export const sgUen: WindowRecogniser = {
  chars: 'letters',
  entity: 'SG_UEN',
  minLength: 9,
  maxLength: 10,
  maxGroups: 1,
  context: ['uen', 'unique entity number', 'acra', 'company registration'],
  match(w) {
    const s = w.compact;
    return /^(?:\d{8}[A-Z]|(?:19|20)\d{7}[A-Z]|[TSR]\d{2}[A-Z]{2}\d{4}[A-Z])$/.test(s)
      ? SCORE.contextOnly
      : 0;
  },
};
