// Scores detect() against the labelled corpus: strict span matching (same entity, start and end),
// per-entity and overall (micro) precision, recall and F1. Node-only (reads the corpus files).
import { readFileSync } from 'node:fs';
import { detect } from '../../../src/redact/index';

export interface Example {
  text: string;
  spans: { entity: string; start: number; end: number }[];
  source: string;
}

export interface EntityScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  examples: number;
  perEntity: Record<string, EntityScore>;
  overall: EntityScore;
  errors: string[];
}

const CORPUS_FILES = ['handwritten.txt', 'generated.txt'];
const SPAN = /\[\[([A-Z0-9_]+)\|(.+?)\]\]/g;

export function parseLine(line: string, source: string): Example {
  const spans: Example['spans'] = [];
  let text = '';
  let cursor = 0;
  for (const m of line.matchAll(SPAN)) {
    text += line.slice(cursor, m.index);
    const value = m[2] ?? '';
    spans.push({ entity: m[1] ?? '', start: text.length, end: text.length + value.length });
    text += value;
    cursor = (m.index ?? 0) + m[0].length;
  }
  text += line.slice(cursor);
  return { text, spans, source };
}

export function loadCorpus(): Example[] {
  const examples: Example[] = [];
  for (const file of CORPUS_FILES) {
    const content = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
    content.split('\n').forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      examples.push(parseLine(line, `${file}:${i + 1}`));
    });
  }
  return examples;
}

function score(tp: number, fp: number, fn: number): EntityScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function evaluate(examples: readonly Example[] = loadCorpus()): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (entity: string, key: 'tp' | 'fp' | 'fn'): void => {
    const c = counts.get(entity) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(entity, c);
  };
  const errors: string[] = [];
  for (const ex of examples) {
    const found = detect(ex.text);
    const key = (s: { entity: string; start: number; end: number }): string => `${s.entity}@${s.start}-${s.end}`;
    const gold = new Set(ex.spans.map(key));
    const predicted = new Set(found.map(key));
    for (const s of ex.spans) {
      if (predicted.has(key(s))) bump(s.entity, 'tp');
      else {
        bump(s.entity, 'fn');
        errors.push(`FN ${s.entity} "${ex.text.slice(s.start, s.end)}" in ${ex.source}`);
      }
    }
    for (const f of found) {
      if (!gold.has(key(f))) {
        bump(f.entity, 'fp');
        errors.push(`FP ${f.entity} "${ex.text.slice(f.start, f.end)}" (${f.score}) in ${ex.source}`);
      }
    }
  }
  const perEntity: Record<string, EntityScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [entity, c] of [...counts.entries()].sort()) {
    perEntity[entity] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { examples: examples.length, perEntity, overall: score(tp, fp, fn), errors };
}
