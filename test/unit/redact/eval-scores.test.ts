// Holds the measured corpus scores (scripts/eval-redact.ts): a change that lowers any of them fails.
// Floors equal the measured values rounded down to the percent; raise them when the engine improves.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../corpus/redact/evaluate';

/** Per-entity F1 floors below 1 (none since stop 11); every other entity must stay at F1 = 1. */
const F1_FLOORS: Readonly<Record<string, number>> = {};

describe('corpus scores do not regress', () => {
  const result = evaluate();

  it('covers at least 350 examples and 50 entity types', () => {
    expect(result.examples).toBeGreaterThanOrEqual(350);
    expect(Object.keys(result.perEntity).length).toBeGreaterThanOrEqual(50);
  });

  it('overall (micro) precision, recall and F1', () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(1);
    expect(result.overall.recall).toBeGreaterThanOrEqual(1);
    expect(result.overall.f1).toBeGreaterThanOrEqual(1);
  });

  it('per-entity F1', () => {
    const below = Object.entries(result.perEntity)
      .filter(([entity, s]) => s.f1 < (F1_FLOORS[entity] ?? 1))
      .map(([entity, s]) => `${entity}: ${s.f1.toFixed(3)}`);
    expect(below).toEqual([]);
  });
});
