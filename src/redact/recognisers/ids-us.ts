// Window recognisers for US identifiers: SSN, ITIN, passport, driver licence, Medicare MBI, DEA number.
// Must never report a bare 9-digit run as an SSN without context, nor an SSN with a never-issued area.
import { num } from '../checksums';
import type { WindowRecogniser, WindowView } from '../window';
import { SCORE } from './scores';

/** Score for a 9-digit value written 3-2-4: dashed strong, spaced medium, bare needs context. */
function threeTwoFourScore(w: WindowView): number {
  if (w.groupCount === 1) return SCORE.weak;
  if (w.shape !== '3-2-4' || !w.uniformSeparators) return 0;
  return w.separator(0) === '-' ? SCORE.strong : SCORE.medium;
}

function allSame(d: string): boolean {
  for (let i = 1; i < d.length; i++) if (d[i] !== d[0]) return false;
  return true;
}

export const usSsn: WindowRecogniser = {
  chars: 'digits',
  entity: 'US_SSN',
  minLength: 9,
  maxLength: 9,
  maxGroups: 3,
  context: ['ssn', 'social security', 'social sec', 'ss#', 'ss #', 'ssid', '社会安全号'],
  match(w) {
    if (!w.digitsOnly) return 0;
    const d = w.compact;
    const area = num(d, 0, 3);
    if (area === 0 || area === 666 || area >= 900) return 0;
    if (num(d, 3, 5) === 0 || num(d, 5, 9) === 0 || allSame(d)) return 0;
    return threeTwoFourScore(w);
  },
};

export const usItin: WindowRecogniser = {
  chars: 'digits',
  entity: 'US_ITIN',
  minLength: 9,
  maxLength: 9,
  maxGroups: 3,
  context: ['itin', 'individual taxpayer', 'taxpayer identification', 'tax id'],
  match(w) {
    if (!w.digitsOnly) return 0;
    const d = w.compact;
    const group = num(d, 3, 5);
    if (d[0] !== '9' || allSame(d)) return 0;
    const groupOk =
      (group >= 50 && group <= 65) ||
      (group >= 70 && group <= 88) ||
      (group >= 90 && group <= 92) ||
      group >= 94;
    return groupOk ? threeTwoFourScore(w) : 0;
  },
};

export const usPassport: WindowRecogniser = {
  entity: 'US_PASSPORT',
  minLength: 9,
  maxLength: 9,
  maxGroups: 1,
  context: ['passport', 'travel document', '护照'],
  match(w) {
    return /^(?:\d{9}|[A-Z]\d{8})$/.test(w.compact) ? SCORE.contextOnly : 0;
  },
};

export const usDriverLicense: WindowRecogniser = {
  entity: 'US_DRIVER_LICENSE',
  minLength: 7,
  maxLength: 13,
  maxGroups: 1,
  context: [
    'driver',
    'driving licence',
    'driving license',
    'licence',
    'license',
    'dl#',
    'dl #',
    'dmv',
    '驾照',
    '驾驶证',
  ],
  match(w) {
    return /^(?:[A-Z]{1,2}\d{5,12}|\d{7,12})$/.test(w.compact) ? SCORE.contextOnly : 0;
  },
};

/** Medicare Beneficiary Identifier: 11 characters, letters never S, L, O, I, B, Z. */
const MBI =
  /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/;

export const usMbi: WindowRecogniser = {
  chars: 'letters',
  entity: 'US_MBI',
  minLength: 11,
  maxLength: 11,
  maxGroups: 3,
  context: ['medicare', 'mbi', 'beneficiary'],
  match(w) {
    if (w.groupCount > 1 && w.shape !== '4-3-4') return 0;
    return MBI.test(w.compact) ? SCORE.medium : 0;
  },
};

/** DEA registration number: 2 letters + 7 digits, (d1+d3+d5) + 2*(d2+d4+d6) ends in d7. */
export const medicalLicense: WindowRecogniser = {
  chars: 'letters',
  entity: 'MEDICAL_LICENSE',
  minLength: 9,
  maxLength: 9,
  maxGroups: 1,
  context: [
    'dea',
    'medical license',
    'medical licence',
    'prescriber',
    'physician',
    'license',
    'licence',
  ],
  match(w) {
    const s = w.compact.toUpperCase();
    if (!/^[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}$/.test(s)) return 0;
    const d = (i: number): number => s.charCodeAt(2 + i) - 48;
    const sum = d(0) + d(2) + d(4) + 2 * (d(1) + d(3) + d(5));
    return sum % 10 === d(6) ? SCORE.weak + 0.1 : 0;
  },
};
