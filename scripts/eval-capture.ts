// Scores capture against the labelled corpus in test/corpus/capture: field-level precision, recall and F1,
// per source (provenance method) and overall, beside microformats-parser (h-card only) as a baseline.
// Run: npx tsx scripts/eval-capture.ts [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { mf2 } from 'microformats-parser';
import { capturePage } from '../src/capture/index';
import { normalizeDraft } from '../src/capture/normalize';
import type { ProspectDraft } from '../src/capture/types';

export const CORPUS_DIR = fileURLToPath(new URL('../test/corpus/capture/', import.meta.url));
const TEXT_FIELDS = ['name', 'jobTitle', 'organization', 'locality', 'region', 'country'] as const;
const LIST_FIELDS = ['emails', 'phones', 'urls'] as const;
type Field = (typeof TEXT_FIELDS)[number] | (typeof LIST_FIELDS)[number];

export interface LabelledPerson {
  source: string;
  name?: string;
  jobTitle?: string;
  organization?: string;
  emails?: string[];
  phones?: string[];
  urls?: string[];
  locality?: string;
  region?: string;
  country?: string;
}

interface Predicted {
  values: Partial<Record<Field, string[]>>;
  methods: Partial<Record<Field, string[]>>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Report {
  overall: Score;
  bySource: Record<string, Score>;
  byField: Record<string, Score>;
  pages: { page: string; score: Score; misses: string[] }[];
  baseline: Score;
}

function norm(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

function valuesOf(person: LabelledPerson): Partial<Record<Field, string[]>> {
  const out: Partial<Record<Field, string[]>> = {};
  for (const f of TEXT_FIELDS) if (person[f]) out[f] = [norm(person[f])];
  for (const f of LIST_FIELDS) out[f] = (person[f] ?? []).map(norm);
  return out;
}

function predictedOf(
  drafts: ProspectDraft[],
  pageHints: Parameters<typeof normalizeDraft>[1],
  pageUrl: string,
): Predicted[] {
  return drafts.map((draft, i) => {
    const review = normalizeDraft(draft, pageHints, pageUrl, `d${i}`);
    const values: Predicted['values'] = {};
    const methods: Predicted['methods'] = {};
    for (const f of TEXT_FIELDS) {
      const v = review.person[f];
      if (v) {
        values[f] = [norm(v)];
        methods[f] = [review.provenance[f]?.[0]?.method ?? 'unknown'];
      }
    }
    for (const f of LIST_FIELDS) {
      values[f] = review.person[f].map(norm);
      methods[f] = review.person[f].map((_, j) => review.provenance[f]?.[j]?.method ?? 'unknown');
    }
    return { values, methods };
  });
}

function similarity(p: Predicted, e: Partial<Record<Field, string[]>>): number {
  let score = 0;
  if (p.values.name?.[0] && p.values.name[0].replace(/\s/g, '') === e.name?.[0]?.replace(/\s/g, ''))
    score += 3;
  for (const f of ['emails', 'urls', 'phones'] as const)
    score += (p.values[f] ?? []).filter((v) => e[f]?.includes(v)).length * 2;
  return score;
}

function add(map: Record<string, Counts>, key: string, kind: keyof Counts): void {
  (map[key] ??= { tp: 0, fp: 0, fn: 0 })[kind] += 1;
}

function score(c: Counts): Score {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}

/** Field-level counts for one page; returns misses for --verbose. */
function scorePage(
  predicted: Predicted[],
  expected: LabelledPerson[],
  bySource: Record<string, Counts>,
  byField: Record<string, Counts>,
): { counts: Counts; misses: string[] } {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  const exp = expected.map(valuesOf);
  const pairs: [number, number, number][] = [];
  predicted.forEach((p, i) => exp.forEach((e, j) => pairs.push([similarity(p, e), i, j])));
  pairs.sort((a, b) => b[0] - a[0]);
  const matchP = new Map<number, number>();
  const usedE = new Set<number>();
  for (const [s, i, j] of pairs) {
    if (s <= 0 || matchP.has(i) || usedE.has(j)) continue;
    matchP.set(i, j);
    usedE.add(j);
  }
  const tally = (kind: keyof Counts, source: string, field: Field, detail: string) => {
    counts[kind] += 1;
    add(bySource, source, kind);
    add(byField, field, kind);
    if (kind !== 'tp') misses.push(`${kind.toUpperCase()} ${field}: ${detail}`);
  };
  predicted.forEach((p, i) => {
    const j = matchP.get(i);
    const e = j === undefined ? {} : (exp[j] ?? {});
    for (const f of [...TEXT_FIELDS, ...LIST_FIELDS]) {
      (p.values[f] ?? []).forEach((v, k) => {
        const method = p.methods[f]?.[k] ?? 'unknown';
        tally(e[f]?.includes(v) ? 'tp' : 'fp', method, f, `${v} (${method})`);
      });
    }
  });
  exp.forEach((e, j) => {
    const i = [...matchP.entries()].find(([, jj]) => jj === j)?.[0];
    const p = i === undefined ? undefined : predicted[i];
    for (const f of [...TEXT_FIELDS, ...LIST_FIELDS]) {
      for (const v of e[f] ?? [])
        if (!p?.values[f]?.includes(v)) tally('fn', expected[j]!.source, f, v);
    }
  });
  return { counts, misses };
}

function baselineDrafts(html: string, pageUrl: string): Predicted[] {
  const parsed = mf2(html, { baseUrl: pageUrl });
  const out: Predicted[] = [];
  const visit = (item: {
    type?: string[];
    properties: Record<string, unknown[]>;
    children?: unknown[];
  }) => {
    if (item.type?.includes('h-card')) {
      const text = (k: string) => {
        const v = item.properties[k]?.[0];
        return typeof v === 'string' ? v : (v as { value?: string } | undefined)?.value;
      };
      const list = (k: string) =>
        (item.properties[k] ?? []).map((v) =>
          typeof v === 'string' ? v : String((v as { value?: string }).value ?? ''),
        );
      const draft: ProspectDraft = {
        name: text('name'),
        jobTitle: text('job-title') ?? text('role'),
        organization: text('org'),
        emails: list('email'),
        phones: list('tel'),
        urls: list('url'),
        locality: text('locality'),
        region: text('region'),
        country: text('country-name'),
        provenance: {},
      };
      out.push(...predictedOf([draft], {}, pageUrl));
    }
    for (const child of item.children ?? []) visit(child as typeof item);
  };
  for (const item of parsed.items) visit(item);
  return out;
}

export function evaluateCorpus(dir = CORPUS_DIR): Report {
  const bySource: Record<string, Counts> = {};
  const byField: Record<string, Counts> = {};
  const baseSource: Record<string, Counts> = {};
  const baseField: Record<string, Counts> = {};
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const base: Counts = { tp: 0, fp: 0, fn: 0 };
  const pages: Report['pages'] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const html = readFileSync(join(dir, file), 'utf8');
    const labels = JSON.parse(
      readFileSync(join(dir, file.replace(/\.html$/, '.expected.json')), 'utf8'),
    ) as {
      pageUrl: string;
      people: LabelledPerson[];
    };
    const { document } = parseHTML(html);
    const result = capturePage(document, labels.pageUrl, new Date('2026-01-01T00:00:00Z'));
    const { counts, misses } = scorePage(
      predictedOf(result.drafts, result.pageHints, labels.pageUrl),
      labels.people,
      bySource,
      byField,
    );
    for (const k of ['tp', 'fp', 'fn'] as const) total[k] += counts[k];
    pages.push({ page: file, score: score(counts), misses });
    const b = scorePage(
      baselineDrafts(html, labels.pageUrl),
      labels.people,
      baseSource,
      baseField,
    ).counts;
    for (const k of ['tp', 'fp', 'fn'] as const) base[k] += b[k];
  }
  const mapScores = (m: Record<string, Counts>) =>
    Object.fromEntries(Object.entries(m).map(([k, c]) => [k, score(c)]));
  return {
    overall: score(total),
    bySource: mapScores(bySource),
    byField: mapScores(byField),
    pages,
    baseline: score(base),
  };
}

function fmt(name: string, s: Score): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  return `${name.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function main(): void {
  const report = evaluateCorpus();
  const verbose = process.argv.includes('--verbose');
  console.log(`Capture corpus: ${report.pages.length} pages (${CORPUS_DIR})\n`);
  console.log('Per page:');
  for (const page of report.pages) {
    console.log(`  ${fmt(page.page, page.score)}`);
    if (verbose) for (const miss of page.misses) console.log(`      ${miss}`);
  }
  console.log("\nPer source (FP/TP by the value's provenance method; FN by the labelled source):");
  for (const [k, s] of Object.entries(report.bySource).sort()) console.log(`  ${fmt(k, s)}`);
  console.log('\nPer field:');
  for (const [k, s] of Object.entries(report.byField).sort()) console.log(`  ${fmt(k, s)}`);
  console.log(`\n  ${fmt('OVERALL', report.overall)}`);
  console.log(
    `  ${fmt('microformats-parser', report.baseline)}  (h-card only baseline, same normalisation)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
