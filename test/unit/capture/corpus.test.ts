import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../../scripts/eval-capture';

// Floors: what the engine scored on the labelled corpus, rounded down a little (raised at stop 11, with
// 31 pages: overall P 98.98% / R 99.2% / F1 99.1%).
const OVERALL_F1_FLOOR = 0.99;
const SOURCE_F1_FLOORS: Record<string, number> = {
  'json-ld': 0.97,
  microdata: 0.99,
  rdfa: 0.99,
  'h-card': 0.99,
  link: 0.99,
  text: 0.99,
};

describe('capture corpus scores do not regress', () => {
  const report = evaluateCorpus();

  it('covers English and Chinese pages', () => {
    expect(report.pages.length).toBeGreaterThanOrEqual(20);
    expect(report.pages.some((p) => p.page.startsWith('zh-'))).toBe(true);
  });

  it('keeps overall field-level F1, precision and recall above the floors', () => {
    expect(report.overall.f1).toBeGreaterThanOrEqual(OVERALL_F1_FLOOR);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.99);
  });

  it.each(Object.entries(SOURCE_F1_FLOORS))('keeps F1 for %s above its floor', (source, floor) => {
    expect(report.bySource[source]?.f1 ?? 0).toBeGreaterThanOrEqual(floor);
  });

  it('beats the reference h-card parser on the same corpus', () => {
    expect(report.overall.f1).toBeGreaterThan(report.baseline.f1);
  });
});
