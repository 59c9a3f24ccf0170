// Infers the person's jurisdiction from a lead draft and explains why, signal by signal.
// Scores per regime: within one signal kind only the strongest signal counts, kinds add up, so
// an explicit address country always beats all weaker signals together. Ties between different
// regimes, and no signal at all, give UNKNOWN (strictest rules). Must never throw.
import { regimeOfCountry } from './countries';
import type { JurisdictionId } from './ids';
import {
  collectSignals,
  SIGNAL_WEIGHTS,
  type CountrySignal,
  type SignalKind,
} from './infer-signals';
import type { LeadDraft } from './lead-draft';
import { reason, type ReasonCode, type ReasonParams } from './reason-codes';
import {
  regimeFromAreaCode,
  regimeFromRegion,
  unknownSubdivisionRegime,
  type FederalCountry,
} from './subdivisions';

export interface InferenceReason {
  readonly signal: SignalKind | 'subdivision' | 'conflict' | 'no-signal';
  /** What the reason says, for rendering in any language (see reason-codes). */
  readonly code: ReasonCode;
  readonly params: ReasonParams;
  /** Value-free English explanation, e.g. "phone country code +49 → DE". */
  readonly description: string;
  readonly weight: number;
  /** The regime the signal points to, when it points anywhere. */
  readonly points?: JurisdictionId;
}

export interface JurisdictionInference {
  readonly jurisdiction: JurisdictionId;
  /** Alpha-2 of the winning country when the signals name exactly one. */
  readonly country?: string;
  /**
   * Winner's share of all signal weight times its strength (its score over an address's weight,
   * capped at 1): 1 for an uncontested address country, low for a lone page-language hint.
   */
  readonly confidence: number;
  readonly reasons: readonly InferenceReason[];
  /** Every regime that scored, best first. */
  readonly candidates: readonly { readonly jurisdiction: JurisdictionId; readonly score: number }[];
}

type Group = JurisdictionId | 'US' | 'CA-FEDERAL';

function groupOf(country: string): Group {
  return country === 'EU' ? 'EU' : regimeOfCountry(country);
}

function federalOf(group: Group): FederalCountry | undefined {
  if (group === 'US') return 'US';
  if (group === 'CA-FEDERAL') return 'CA';
  return undefined;
}

function scoreGroups(signals: readonly CountrySignal[]): Map<Group, number> {
  const best = new Map<Group, Map<SignalKind, number>>();
  for (const signal of signals) {
    if (signal.country === undefined || signal.weight <= 0) continue;
    const group = groupOf(signal.country);
    const byKind = best.get(group) ?? new Map<SignalKind, number>();
    byKind.set(signal.kind, Math.max(byKind.get(signal.kind) ?? 0, signal.weight));
    best.set(group, byKind);
  }
  const scores = new Map<Group, number>();
  for (const [group, byKind] of best)
    scores.set(
      group,
      [...byKind.values()].reduce((a, b) => a + b, 0),
    );
  return scores;
}

function refineFederal(
  federal: FederalCountry,
  draft: LeadDraft,
  signals: readonly CountrySignal[],
): { jurisdiction: JurisdictionId; reason: InferenceReason } {
  const addressIsFederal = signals.some((s) => s.kind === 'address' && s.country === federal);
  const fromRegion = addressIsFederal ? regimeFromRegion(federal, draft.region) : undefined;
  if (fromRegion !== undefined) {
    return {
      jurisdiction: fromRegion,
      reason: {
        signal: 'subdivision',
        ...reason('subdivision_region', { jurisdiction: fromRegion }),
        weight: 0,
        points: fromRegion,
      },
    };
  }
  const areaRegimes = signals
    .filter((s) => s.kind === 'phone' && s.country === federal && s.nationalNumber !== undefined)
    .map((s) => regimeFromAreaCode(federal, s.nationalNumber ?? ''));
  const distinct = [...new Set(areaRegimes)];
  if (distinct.length === 1 && distinct[0] !== undefined) {
    const jurisdiction = distinct[0];
    return {
      jurisdiction,
      reason: {
        signal: 'subdivision',
        ...reason('subdivision_area_code', { jurisdiction }),
        weight: 0,
        points: jurisdiction,
      },
    };
  }
  const jurisdiction = unknownSubdivisionRegime(federal);
  const code = distinct.length > 1 ? 'subdivision_conflict' : 'subdivision_unknown';
  return {
    jurisdiction,
    reason: {
      signal: 'subdivision',
      ...reason(code, { jurisdiction }),
      weight: 0,
      points: jurisdiction,
    },
  };
}

function pointsOf(signal: CountrySignal): JurisdictionId | undefined {
  if (signal.country === undefined) return undefined;
  const group = groupOf(signal.country);
  if (group === 'US' || group === 'CA-FEDERAL') return undefined;
  return group;
}

export function inferJurisdiction(draft: LeadDraft): JurisdictionInference {
  let signals: CountrySignal[];
  try {
    signals = collectSignals(draft);
  } catch {
    signals = [];
  }
  const reasons: InferenceReason[] = signals.map((s) => {
    const points = pointsOf(s);
    return {
      signal: s.kind,
      code: s.code,
      params: s.params,
      description: s.description,
      weight: s.weight,
      ...(points ? { points } : {}),
    };
  });
  const ranked = [...scoreGroups(signals)].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((sum, [, score]) => sum + score, 0);
  const top = ranked[0];
  if (top === undefined) {
    reasons.push({
      signal: 'no-signal',
      ...reason('no_signal'),
      weight: 0,
      points: 'UNKNOWN',
    });
    return { jurisdiction: 'UNKNOWN', confidence: 0, reasons, candidates: [] };
  }
  const second = ranked[1];
  if (second !== undefined && second[1] === top[1]) {
    reasons.push({
      signal: 'conflict',
      ...reason('conflict'),
      weight: 0,
      points: 'UNKNOWN',
    });
    return { jurisdiction: 'UNKNOWN', confidence: 0, reasons, candidates: toCandidates(ranked) };
  }
  const [group, score] = top;
  let jurisdiction: JurisdictionId;
  const federal = federalOf(group);
  if (federal === undefined) {
    jurisdiction = group as JurisdictionId;
  } else {
    const refined = refineFederal(federal, draft, signals);
    jurisdiction = refined.jurisdiction;
    reasons.push(refined.reason);
  }
  const countries = new Set(
    signals
      .filter((s) => s.weight > 0 && s.country !== undefined && groupOf(s.country) === group)
      .map((s) => s.country),
  );
  const only = countries.size === 1 ? [...countries][0] : undefined;
  return {
    jurisdiction,
    ...(only !== undefined && only !== 'EU' ? { country: only } : {}),
    confidence: (score / total) * Math.min(1, score / SIGNAL_WEIGHTS.address),
    reasons,
    candidates: toCandidates(ranked, group, jurisdiction),
  };
}

/** Candidates best first; a federal group shows its refined regime when it won, else the stricter one. */
function toCandidates(
  ranked: readonly (readonly [Group, number])[],
  winner?: Group,
  refined?: JurisdictionId,
): JurisdictionInference['candidates'] {
  return ranked.map(([group, score]) => {
    const federal = federalOf(group);
    const jurisdiction =
      group === winner && refined !== undefined
        ? refined
        : federal !== undefined
          ? unknownSubdivisionRegime(federal)
          : (group as JurisdictionId);
    return { jurisdiction, score };
  });
}
