// Registry of the window recognisers, indexed by compact length so each window only meets the few
// recognisers that can match its length. Must never hold detection logic of its own.
import { MAX_WINDOW_GROUPS } from '../scan';
import type { WindowRecogniser } from '../window';
import { creditCard, cryptoWallet, ibanCode, usBankNumber } from './financial';
import * as asia from './ids-asia-pacific';
import * as oceaniaCanada from './ids-oceania-canada';
import * as europe from './ids-europe';
import * as us from './ids-us';
import { ipv4, macAddress, numericDate, phoneNumber } from './network-and-dates';

/**
 * Copies a recogniser into one fixed object shape, so the scan's property loads and calls on the list stay
 * monomorphic (object literals with different optional fields have different hidden classes in V8).
 */
function uniformShape(r: WindowRecogniser, id: number): WindowRecogniser {
  return {
    entity: r.entity,
    id,
    minLength: r.minLength,
    maxLength: r.maxLength,
    maxGroups: r.maxGroups,
    minGroups: r.minGroups ?? 1,
    chars: r.chars,
    needsBoundaries: r.needsBoundaries ?? false,
    context: r.context,
    negativeContext: r.negativeContext,
    match: r.match, // no recogniser reads `this`: a plain call, not a bound one
  };
}

/** Order matters only for ties: earlier recognisers win equal-score, equal-length conflicts. */
export const WINDOW_RECOGNISERS: readonly WindowRecogniser[] = [
  creditCard,
  ibanCode,
  cryptoWallet,
  asia.cnResidentId,
  asia.krRrn,
  europe.itFiscalCode,
  europe.fiPersonalIdentityCode,
  asia.inGstin,
  asia.sgNricFin,
  europe.esNif,
  europe.esNie,
  europe.ukNino,
  asia.inPan,
  us.usSsn,
  us.usItin,
  europe.ukNhs,
  asia.inAadhaar,
  oceaniaCanada.thTnin,
  us.usMbi,
  oceaniaCanada.auMedicare,
  oceaniaCanada.auAbn,
  europe.deTaxId,
  europe.plPesel,
  europe.itVatCode,
  oceaniaCanada.caSin,
  oceaniaCanada.auTfn,
  oceaniaCanada.auAcn,
  asia.inVehicleRegistration,
  asia.inVoter,
  us.medicalLicense,
  phoneNumber,
  ipv4,
  macAddress,
  numericDate,
  us.usPassport,
  us.usDriverLicense,
  europe.itPassport,
  europe.itIdentityCard,
  europe.itDriverLicense,
  asia.inPassport,
  asia.sgUen,
  usBankNumber,
].map(uniformShape);

export const MAX_RECOGNISED_LENGTH = Math.max(...WINDOW_RECOGNISERS.map((r) => r.maxLength));

/**
 * Slot of the recognisers for compact length n in g groups; letters = 1 when the window has a letter;
 * bounded = 1 when the window has a boundary on both sides (see WindowView.boundaryBefore/After).
 */
export function tableSlot(n: number, g: number, letters: number, bounded: number): number {
  return ((n * (MAX_WINDOW_GROUPS + 1) + g) * 2 + letters) * 2 + bounded;
}

/**
 * A flat table: at tableSlot(n, g, k, b), the recognisers that accept compact length n in g groups (letters
 * or not; those needing boundaries only where b = 1), or undefined when there are none. Lengths beyond
 * MAX_RECOGNISED_LENGTH have no slot.
 */
export function indexByLengthAndGroups(
  recognisers: readonly WindowRecogniser[],
): (WindowRecogniser[] | undefined)[] {
  const table: (WindowRecogniser[] | undefined)[] = [];
  for (let n = 0; n <= MAX_RECOGNISED_LENGTH; n++) {
    for (let g = 0; g <= MAX_WINDOW_GROUPS; g++) {
      const fits = recognisers.filter(
        (r) => n >= r.minLength && n <= r.maxLength && g <= r.maxGroups && g >= (r.minGroups ?? 1),
      );
      for (const bounded of [0, 1]) {
        const offered = fits.filter((r) => bounded === 1 || r.needsBoundaries !== true);
        const digits = offered.filter((r) => r.chars !== 'letters');
        const letters = offered.filter((r) => r.chars !== 'digits');
        table[tableSlot(n, g, 0, bounded)] = digits.length > 0 ? digits : undefined;
        table[tableSlot(n, g, 1, bounded)] = letters.length > 0 ? letters : undefined;
      }
    }
  }
  return table;
}
