// Subdivision refinement for federal countries with state/provincial regimes: California within
// the US and Quebec within Canada, from an address region or a phone area code.
// Must never treat an unknown subdivision as the laxer regime: unknown → the stricter one.
import type { JurisdictionId } from './ids';

const CALIFORNIA_NAMES: ReadonlySet<string> = new Set(['ca', 'calif', 'calif.', 'california']);
const QUEBEC_NAMES: ReadonlySet<string> = new Set(['qc', 'pq', 'que', 'quebec', 'québec']);

/** North American area codes (NANP) in California and in Quebec. */
const CALIFORNIA_AREA_CODES: ReadonlySet<string> = new Set([
  '209',
  '213',
  '279',
  '310',
  '323',
  '341',
  '350',
  '369',
  '408',
  '415',
  '424',
  '442',
  '510',
  '530',
  '559',
  '562',
  '619',
  '626',
  '628',
  '650',
  '657',
  '661',
  '669',
  '707',
  '714',
  '747',
  '760',
  '805',
  '818',
  '820',
  '831',
  '837',
  '840',
  '858',
  '909',
  '916',
  '925',
  '949',
  '951',
]);
const QUEBEC_AREA_CODES: ReadonlySet<string> = new Set([
  '263',
  '354',
  '367',
  '418',
  '438',
  '450',
  '468',
  '514',
  '579',
  '581',
  '819',
  '873',
]);

export type FederalCountry = 'US' | 'CA';

export interface SubdivisionResult {
  readonly jurisdiction: JurisdictionId;
  readonly known: boolean;
}

/** Regime from an address region, or undefined when the region is missing. */
export function regimeFromRegion(
  country: FederalCountry,
  region: string | undefined,
): JurisdictionId | undefined {
  const normalized = region?.normalize('NFC').trim().toLowerCase();
  if (normalized === undefined || normalized.length === 0) return undefined;
  if (country === 'US') return CALIFORNIA_NAMES.has(normalized) ? 'US-CA' : 'US-OTHER';
  return QUEBEC_NAMES.has(normalized) ? 'CA-QC' : 'CA';
}

/** Regime from a NANP national number's area code (first three digits). */
export function regimeFromAreaCode(
  country: FederalCountry,
  nationalNumber: string,
): JurisdictionId {
  const areaCode = nationalNumber.slice(0, 3);
  if (country === 'US') return CALIFORNIA_AREA_CODES.has(areaCode) ? 'US-CA' : 'US-OTHER';
  return QUEBEC_AREA_CODES.has(areaCode) ? 'CA-QC' : 'CA';
}

/** The stricter regime used when the subdivision is unknown. */
export function unknownSubdivisionRegime(country: FederalCountry): JurisdictionId {
  return country === 'US' ? 'US-CA' : 'CA-QC';
}
