// URL triggers found with indexOf and character checks must be exactly the matches of the regex they
// replace: same starts, ends and kinds, leftmost first, whatever position the caller resumes from.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TLDS, URL_TRIGGER_KIND, UrlTriggers } from '@src/redact/recognisers/url-triggers';

const REFERENCE = new RegExp(`(?:https?|ftp)://|\\bwww\\.|\\.(?:${TLDS})(?![A-Za-z0-9-])`, 'gi');

function kindOf(match: string): number {
  if (match.endsWith('//')) return URL_TRIGGER_KIND.scheme;
  return match.toLowerCase() === 'www.' ? URL_TRIGGER_KIND.www : URL_TRIGGER_KIND.domain;
}

/** [start, end, kind] of each trigger, resuming `skips[k]` characters after the k-th trigger's end. */
function viaRegex(text: string, skips: readonly number[]): number[][] {
  const out: number[][] = [];
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE.exec(text)) !== null) {
    out.push([m.index, REFERENCE.lastIndex, kindOf(m[0])]);
    REFERENCE.lastIndex += skips[out.length % skips.length] ?? 0;
  }
  return out;
}

function viaTriggers(text: string, skips: readonly number[]): number[][] {
  const out: number[][] = [];
  const triggers = new UrlTriggers(text);
  let from = 0;
  for (let t = triggers.next(from); t !== null; t = triggers.next(from)) {
    out.push([t.start, t.end, t.kind]);
    from = t.end + (skips[out.length % skips.length] ?? 0);
  }
  return out;
}

const PIECES = [
  'www',
  'WWW',
  'w',
  '.',
  'com',
  'CO',
  'uk',
  'io',
  'online',
  'onlinex',
  'http',
  'HTTPS',
];
const MORE = ['ftp', '://', ':/', 'a', '_', '-', ' ', '1', '@', 'x.y', '\u00e9', 'tech-', 'cn'];

describe('URL triggers', () => {
  it('finds schemes, www. and listed top-level domains in any case', () => {
    const text =
      'see HTTPS://a.io, www.acme.co.uk and ftp://x or shop.ONLINE; not foo.comx or _www.x';
    expect(viaTriggers(text, [0])).toEqual(viaRegex(text, [0]));
    expect(viaTriggers(text, [0]).length).toBe(7);
  });

  it('matches the reference regex on generated text, resuming anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES, ...MORE), { maxLength: 40 }),
        fc.array(fc.nat(6), { minLength: 1, maxLength: 5 }),
        (pieces, skips) => {
          const text = pieces.join('');
          expect(viaTriggers(text, skips)).toEqual(viaRegex(text, skips));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
