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
];

export const MAX_RECOGNISED_LENGTH = Math.max(...WINDOW_RECOGNISERS.map((r) => r.maxLength));

/** table[n][g][k] = recognisers that accept compact length n in g groups; k = 1 when the window has a letter. */
export function indexByLengthAndGroups(
  recognisers: readonly WindowRecogniser[],
): WindowRecogniser[][][][] {
  const table: WindowRecogniser[][][][] = [];
  for (let n = 0; n <= MAX_RECOGNISED_LENGTH; n++) {
    const byGroups: WindowRecogniser[][][] = [];
    for (let g = 0; g <= MAX_WINDOW_GROUPS; g++) {
      const fits = recognisers.filter(
        (r) => n >= r.minLength && n <= r.maxLength && g <= r.maxGroups && g >= (r.minGroups ?? 1),
      );
      byGroups.push([
        fits.filter((r) => r.chars !== 'letters'),
        fits.filter((r) => r.chars !== 'digits'),
      ]);
    }
    table.push(byGroups);
  }
  return table;
}
