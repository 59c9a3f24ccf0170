// Proves detect() stays linear on adversarial 10 MB inputs. Two relative checks, never absolute timings (the
// machine may be loaded): (1) growing an input tenfold (1 MB to 10 MB) grows its time about tenfold, far
// below the hundredfold of a quadratic path; (2) each 10 MB input finishes within a generous factor of a
// benign 10 MB text timed in the same run (a quadratic path would be thousands of times slower). Dense digit
// input puts a validator window on nearly every character, so it costs up to ~60x benign prose per
// character (prose itself is scanned by a few native regex passes): the factor leaves room for that.
import { describe, expect, it } from 'vitest';
import { detect } from '@src/redact';

const SIZE = 10_000_000;
const SMALL = SIZE / 10;
const FACTOR = 150;
/** Linear growth gives ~10; quadratic ~100. */
const GROWTH_LIMIT = 30;

function repeatTo(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
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
  'one long digit run': '1',
  'digits separated by single spaces': '1 ',
  'dash-joined digit pairs': '12-',
  'repeated mixed separators': '1 - / . ( ) ',
  'upper-case letter groups and digits': 'AB 12 ',
  'zero-width characters between digits': '1\u200b',
  'at signs': 'a@',
  colons: 'a:',
  'top-level-domain spam': 'a.com.',
  'scheme separators and www': '://www.',
  'context words between digits': 'call ref 12 电话 ',
};

describe('detect runs in linear time on adversarial input', () => {
  for (const [name, unit] of Object.entries(ADVERSARIAL)) {
    it(`10 MB of ${name}`, () => {
      const small = repeatTo(unit, SMALL);
      const text = repeatTo(unit);
      detect(small); // warm-up: the small run must not pay for compilation
      const smallTime = Math.min(timeOf(small), timeOf(small));
      const benign = Math.min(timeOf(BENIGN), timeOf(BENIGN));
      const limit = Math.min(Math.max(smallTime, 20) * GROWTH_LIMIT, Math.max(benign, 50) * FACTOR);
      let adversarial = timeOf(text);
      // One re-measure when over: a burst of load hits one run, a quadratic path hits both.
      if (adversarial >= limit) adversarial = Math.min(adversarial, timeOf(text));
      expect(adversarial).toBeLessThan(Math.max(smallTime, 20) * GROWTH_LIMIT);
      expect(adversarial).toBeLessThan(Math.max(benign, 50) * FACTOR);
    }, 180_000);
  }
});
