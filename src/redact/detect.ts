// detect(): finds personal data in text. One linear pre-scan for digit chains feeds the validators (windows
// dispatched by length, group count, letters and boundaries); rare triggers (@, ://, ., :) feed the text
// patterns; one lexicon pass finds Art. 9 terms and, on the same visit, every context word (so context is
// a lookup, not a scan per candidate). Must never throw and never return overlapping findings (conflicts
// are resolved: higher score band, then longer span, wins).
import { contextVocabulary, forgetLastSpan, useWholeTextContext } from './context';
import { Occurrences } from './context-index';
import { SUPPORTED_ENTITY_NAMES } from './entities';
import { ART9_ENTITIES } from './lexicon';
import { FOLDABLE_CHARS, normalise, toOriginal } from './normalise';
import { findSpecialCategories, type ContextRecorder } from './recognisers/art9';
import {
  indexByLengthAndGroups,
  MAX_RECOGNISED_LENGTH,
  tableSlot,
  WINDOW_RECOGNISERS,
} from './recognisers/index';
import { birthLabelled, wordDateAtYear } from './recognisers/dates';
import { DEFAULT_MIN_SCORE, SCORE } from './recognisers/scores';
import { scoreWithContext } from './window-scoring';
import { findColonNetwork, findEmails, findUrls, type Emit } from './recognisers/text-patterns';
import { resolveOverlaps } from './overlaps';
import { forEachChain, MAX_WINDOW_GROUPS, type Chain } from './scan';
import type { DetectOptions, Finding } from './types';
import {
  boundaryAfterGroup,
  boundaryBeforeGroup,
  WindowView,
  type WindowRecogniser,
} from './window';

interface Candidate extends Finding {
  order: number;
}

const DATE_OF_BIRTH_SCORE = 0.9;
const defaultTable = indexByLengthAndGroups(WINDOW_RECOGNISERS);

function scanChains(
  text: string,
  table: readonly (WindowRecogniser[] | undefined)[],
  minScore: number,
  out: Candidate[],
  dates: Emit | null,
): void {
  const view = new WindowView();
  forEachChain(text, (chain: Chain) => {
    const offsets = chain.compactOffsets;
    if (dates !== null) {
      for (let g = 0; g < chain.size; g++) {
        const start = chain.starts[g] ?? 0;
        if ((chain.ends[g] ?? 0) - start === 4 && chain.hasLetter[g] === 0)
          wordDateAtYear(text, start, dates);
      }
    }
    for (let i = 0; i < chain.size; i++) {
      let singles = 0;
      let letters = 0;
      const before = boundaryBeforeGroup(chain, i) ? 1 : 0;
      for (let j = i; j < chain.size && j - i < MAX_WINDOW_GROUPS; j++) {
        const length = (offsets[j + 1] ?? 0) - (offsets[i] ?? 0);
        if (length > MAX_RECOGNISED_LENGTH) break;
        if ((chain.ends[j] ?? 0) - (chain.starts[j] ?? 0) === 1 && ++singles > 4) break;
        letters |= chain.hasLetter[j] ?? 0;
        const bounded = before === 1 && boundaryAfterGroup(chain, j) ? 1 : 0;
        const list = table[tableSlot(length, j - i + 1, letters, bounded)];
        if (list === undefined) continue;
        view.set(text, chain, i, j);
        for (const r of list) {
          const base = r.match(view);
          if (base <= 0) continue;
          if (base + (r.context ? SCORE.contextBoost : 0) < minScore) continue;
          // Dates keep their score: birth context relabels them later, whatever the threshold.
          const isDate = r.entity === 'DATE_TIME';
          const score = isDate
            ? base
            : scoreWithContext(text, r, view.outStart, view.outEnd, base, minScore);
          if (score >= minScore || isDate) {
            out.push({
              entity: r.entity,
              start: view.outStart,
              end: view.outEnd,
              score,
              order: out.length,
            });
          }
        }
      }
    }
  });
}

function detectUnchecked(text: string, opts: DetectOptions): Finding[] {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const wantedSet = new Set(opts.entities ?? SUPPORTED_ENTITY_NAMES);
  const wanted = (entity: string): boolean => wantedSet.has(entity);
  const wantDates = wanted('DATE_TIME') || wanted('DATE_OF_BIRTH');
  const recognisers =
    opts.entities === undefined
      ? null
      : WINDOW_RECOGNISERS.filter(
          (r) => wanted(r.entity) || (r.entity === 'DATE_TIME' && wantDates),
        );
  const table = recognisers === null ? defaultTable : indexByLengthAndGroups(recognisers);

  const candidates: Candidate[] = [];
  const emit = (entity: string, start: number, end: number, score: number): void => {
    if (score >= minScore || entity === 'DATE_TIME') {
      candidates.push({ entity, start, end, score, order: candidates.length });
    }
  };
  // The lexicon pass reads the original text (its terms hold no foldable characters) and, on the way,
  // tells whether normalising is needed at all. Its findings are in original offsets already.
  const art9: Candidate[] = [];
  // It also finds the context words of the whole text on the same visit (cheaper than asking around
  // each candidate), usable when the text needs no normalising (offsets then agree).
  let needsFolding: boolean | undefined;
  if (ART9_ENTITIES.some(wanted)) {
    const vocabulary = contextVocabulary();
    const ctx: ContextRecorder | null =
      vocabulary === null
        ? null
        : { vocabulary, ascii: new Occurrences(), other: new Occurrences() };
    needsFolding = findSpecialCategories(
      text,
      (entity, start, end, score) => {
        if (score >= minScore) art9.push({ entity, start, end, score, order: -1 });
      },
      wanted,
      FOLDABLE_CHARS,
      ctx,
    );
    if (ctx !== null && !needsFolding) useWholeTextContext(text, ctx.ascii, ctx.other);
  }
  const n = normalise(text, needsFolding);
  const t = n.text;
  scanChains(t, table, minScore, candidates, wantDates ? emit : null);
  if (wanted('EMAIL_ADDRESS')) findEmails(t, emit);
  if (wanted('URL')) findUrls(t, emit);
  if (wanted('IP_ADDRESS') || wanted('MAC_ADDRESS')) findColonNetwork(t, emit);

  const kept: Candidate[] = art9;
  for (const c of candidates) {
    if (c.entity === 'DATE_TIME' && birthLabelled(t, c.start, c.end)) {
      c.entity = 'DATE_OF_BIRTH';
      c.score = DATE_OF_BIRTH_SCORE;
    }
    if (c.score < minScore || !wanted(c.entity)) continue;
    if (n.dropped.length > 0) [c.start, c.end] = toOriginal(n, c.start, c.end);
    kept.push(c);
  }
  return resolveOverlaps(kept).map((c) => ({
    entity: c.entity,
    start: c.start,
    end: c.end,
    score: Math.round(c.score * 100) / 100,
  }));
}

/**
 * Finds personal data in `text`. Offsets are UTF-16 indices into `text` (end exclusive). Findings never
 * overlap one another (overall, not just per entity) and are sorted by start. Never throws.
 */
export function detect(text: string, opts: DetectOptions = {}): Finding[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    return detectUnchecked(text, opts ?? {});
  } catch (error) {
    console.error('redact: detect failed', error instanceof Error ? error.name : 'unknown');
    return [];
  } finally {
    forgetLastSpan();
  }
}
