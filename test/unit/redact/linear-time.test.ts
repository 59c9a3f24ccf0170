// Proves detect() stays linear on adversarial 10 MB inputs: each must finish within a generous factor of a
// benign 10 MB text timed in the same run (a quadratic path would be thousands of times slower at 10 MB).
// Relative, never absolute, timings: the machine may be loaded.
import { describe, expect, it } from 'vitest';
import { detect } from '@src/redact';

const SIZE = 10_000_000;
const FACTOR = 50;

function repeatTo(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

function timeOf(text: string): number {
  const start = performance.now();
  detect(text);
  return performance.now() - start;
}

const BENIGN = repeatTo(
  'The sales team met Anna at the fair and discussed pricing for the new platform; follow up next week. ',
);

const ADVERSARIAL: Record<string, string> = {
  'one long digit run': repeatTo('1'),
  'digits separated by single spaces': repeatTo('1 '),
  'dash-joined digit pairs': repeatTo('12-'),
  'repeated mixed separators': repeatTo('1 - / . ( ) '),
  'upper-case letter groups and digits': repeatTo('AB 12 '),
  'zero-width characters between digits': repeatTo('1\u200b'),
  'at signs': repeatTo('a@'),
  colons: repeatTo('a:'),
  'top-level-domain spam': repeatTo('a.com.'),
};

describe('detect runs in linear time on adversarial input', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`10 MB of ${name}`, () => {
      const benign = Math.min(timeOf(BENIGN), timeOf(BENIGN));
      const adversarial = timeOf(text);
      expect(adversarial).toBeLessThan(Math.max(benign, 50) * FACTOR);
    }, 180_000);
  }
});
