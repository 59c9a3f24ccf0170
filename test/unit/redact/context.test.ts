// Context words: the lazily built index around candidates and the whole-text index from the lexicon pass
// must agree with each other and with the word rules (word start for English, anywhere for Chinese).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '@src/redact';
import { buildVocabulary, Occurrences } from '@src/redact/context-index';
import { LazyContextIndex } from '@src/redact/context-lazy';

const PHONE = ['phone', 'call', 'tel', 'telephone', '电话'];
const NEGATIVE = ['order', 'ref', 'reference', 'date of birth', 'birth'];
const vocabulary = buildVocabulary([PHONE, NEGATIVE]);
const phone = vocabulary.membership.get(PHONE)!;
const negative = vocabulary.membership.get(NEGATIVE)!;

function lazyNear(text: string, start: number, end: number, members: Uint8Array): boolean {
  const index = new LazyContextIndex(text, vocabulary);
  return index.near(start, end, Math.max(0, start - 48), Math.min(text.length, end + 24), members);
}

describe('context word index', () => {
  it('finds English words only at a word start, in any case, and Chinese words anywhere', () => {
    const text = 'Please CALL 0123 456';
    const at = text.indexOf('0123');
    expect(lazyNear(text, at, at + 8, phone)).toBe(true);
    const glued = 'recall 0123 456';
    expect(lazyNear(glued, glued.indexOf('0123'), glued.length, phone)).toBe(false);
    const chinese = '请打电话0123 456';
    expect(lazyNear(chinese, chinese.indexOf('0123'), chinese.length, phone)).toBe(true);
  });

  it('counts a word only when it lies wholly inside the window', () => {
    const far = `call ${'x '.repeat(30)}0123 456`;
    expect(lazyNear(far, far.indexOf('0123'), far.length, phone)).toBe(false);
    expect(lazyNear('0123 456 phone', 0, 8, phone)).toBe(true);
  });

  it('records every word at a start ("ref" and "reference") and words inside others', () => {
    const found = new Occurrences();
    const text = 'reference date of birth';
    for (let p = 0; p < text.length; p++) found.recordAt(text, p, vocabulary);
    const words = found.starts.map((s, k) => text.slice(s, found.ends[k]));
    expect(words).toEqual(['ref', 'reference', 'date of birth', 'birth']);
    expect(found.near(50, 60, 10, 70, negative)).toBe(true);
  });

  it('answers queries in any order like a full scan (the search resumes from the last answer)', () => {
    const text = 'call ref phone order tel reference telephone birth date of birth '.repeat(6);
    const found = new Occurrences();
    for (let p = 0; p < text.length; p++) found.recordAt(text, p, vocabulary);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(text.length), fc.nat(30)), { minLength: 1, maxLength: 40 }),
        (queries) => {
          for (const [start, width] of queries) {
            const end = Math.min(text.length, start + width);
            const lo = Math.max(0, start - 48);
            const hi = Math.min(text.length, end + 24);
            for (const members of [phone, negative]) {
              const expected = found.starts.some((s, k) => {
                const e = found.ends[k]!;
                const inWindow = (s >= lo && e <= start) || (s >= end && e <= hi);
                return inWindow && members[found.words[k]!] === 1;
              });
              expect(found.near(start, end, lo, hi, members)).toBe(expected);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sees a word that straddles the end of an earlier covered range', () => {
    const text = 'a 4021. Call +44 20 7952 1555 or +1 415-409-2173. Met';
    const index = new LazyContextIndex(text, vocabulary);
    const cut = text.indexOf('Call') + 2; // first request covers up to the middle of "Call"
    expect(index.near(0, 1, 0, cut, phone)).toBe(false);
    const at = text.indexOf('+1 415');
    expect(index.near(at, at + 15, Math.max(0, at - 48), at + 39, phone)).toBe(true);
  });

  it('gives the same findings with and without the whole-text index', () => {
    // A no-break space makes detect() normalise, which switches it to the lazily built index.
    const words = ['call', 'card', 'ssn', 'order', 'born', 'ip', '电话', '出生日期', 'x', 'the'];
    const values = ['4111 1111 1111 1111', '123-45-6789', '10.1.2.3', '13812345678', '1985-03-12'];
    const token = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...values));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
        const text = tokens.join(' ');
        const normalised = detect(text + '\u00a0');
        expect(detect(text)).toEqual(normalised);
      }),
      { numRuns: 300 },
    );
  });
});
