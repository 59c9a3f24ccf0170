// Window recognisers for Australian, Thai and Canadian identifiers: TFN, ABN, ACN, Medicare, TNIN, SIN.
// Must never report a value whose check digit fails.
import { luhnValid, weightedSum } from '../checksums';
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

export const auTfn: WindowRecogniser = {
  chars: 'digits',
  entity: 'AU_TFN',
  minLength: 9,
  maxLength: 9,
  maxGroups: 3,
  context: ['tfn', 'tax file number', 'tax file'],
  match(w) {
    if (!w.digitsOnly || weightedSum(w.compact, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 !== 0) return 0;
    return groupingScore(w, ['3-3-3'], SCORE.weak + 0.05);
  },
};

export const auAbn: WindowRecogniser = {
  chars: 'digits',
  entity: 'AU_ABN',
  minLength: 11,
  maxLength: 11,
  maxGroups: 4,
  context: ['abn', 'australian business number', 'business number'],
  match(w) {
    if (!w.digitsOnly || w.compact[0] === '0') return 0;
    // Weighted sum with the first digit less one (its weight is 10).
    if ((weightedSum(w.compact, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) - 10) % 89 !== 0) return 0;
    return groupingScore(w, ['2-3-3-3'], SCORE.medium);
  },
};

export const auAcn: WindowRecogniser = {
  chars: 'digits',
  entity: 'AU_ACN',
  minLength: 9,
  maxLength: 9,
  maxGroups: 3,
  context: ['acn', 'australian company number', 'company number'],
  match(w) {
    if (!w.digitsOnly) return 0;
    const check = (10 - (weightedSum(w.compact, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10;
    if (check !== w.compact.charCodeAt(8) - 48) return 0;
    return groupingScore(w, ['3-3-3'], SCORE.weak + 0.05);
  },
};

export const auMedicare: WindowRecogniser = {
  chars: 'digits',
  entity: 'AU_MEDICARE',
  minLength: 10,
  maxLength: 11,
  maxGroups: 4,
  context: ['medicare', 'medicare card', 'medicare number'],
  match(w) {
    if (!w.digitsOnly) return 0;
    const d = w.compact;
    if (d[0] === undefined || d[0] < '2' || d[0] > '6') return 0;
    if (weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 !== d.charCodeAt(8) - 48) return 0;
    return groupingScore(w, ['4-5-1', '4-5-1-1'], SCORE.medium);
  },
};

export const thTnin: WindowRecogniser = {
  chars: 'digits',
  entity: 'TH_TNIN',
  minLength: 13,
  maxLength: 13,
  maxGroups: 5,
  context: ['thai', 'tnin', 'national id', 'บัตรประชาชน', 'เลขประจำตัวประชาชน'],
  match(w) {
    const d = w.compact;
    if (!w.digitsOnly || d[0] === '0' || d[0] === '9') return 0;
    const check = (11 - (weightedSum(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10;
    if (check !== d.charCodeAt(12) - 48) return 0;
    return groupingScore(w, ['1-4-5-2-1']);
  },
};

export const caSin: WindowRecogniser = {
  chars: 'digits',
  entity: 'CA_SIN',
  minLength: 9,
  maxLength: 9,
  maxGroups: 3,
  context: ['sin', 'social insurance', "numéro d'assurance sociale", 'nas'],
  match(w) {
    const d = w.compact;
    if (!w.digitsOnly || d[0] === '8' || !luhnValid(d)) return 0;
    return groupingScore(w, ['3-3-3'], SCORE.weak + 0.05);
  },
};
