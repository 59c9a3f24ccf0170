import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from '@src/audit/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace and serialises like RFC 8785 for the subset', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 0, y: -0 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":0,"z":0}}',
    );
    expect(canonicalJson({ '\u20ac': 1, '\r': 2, '1': 3, a: 4 })).toBe(
      '{"\\r":2,"1":3,"a":4,"€":1}',
    );
    expect(canonicalJson(1e21)).toBe('1e+21');
    expect(canonicalJson(0.000001)).toBe('0.000001');
    expect(canonicalJson('line\nquote"')).toBe('"line\\nquote\\""');
  });

  it('matches the RFC 8785 number examples it covers', () => {
    expect(
      // eslint-disable-next-line no-loss-of-precision -- RFC 8785 test vector, on purpose
      canonicalJson([333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001]),
    ).toBe('[333333333.3333333,1e+30,4.5,0.002,1e-27]');
  });

  it('refuses undefined, non-finite numbers and non-plain values', () => {
    for (const bad of [
      { a: undefined },
      Number.NaN,
      Infinity,
      [1, undefined],
      new Date(0),
      new Map(),
      new Uint8Array(1),
      10n,
      () => 1,
      Symbol('s'),
      undefined,
    ]) {
      expect(() => canonicalJson(bad)).toThrow(CanonicalJsonError);
    }
    // eslint-disable-next-line no-sparse-arrays
    expect(() => canonicalJson([1, , 3])).toThrow(CanonicalJsonError);
  });

  it('does not put member names or values into error messages', () => {
    try {
      canonicalJson({ 'ada@example.org': Number.NaN });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('ada');
    }
  });

  it('is independent of key insertion order and stable under re-parsing (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        const reversed = JSON.parse(text, (_key, member: unknown) =>
          member !== null && typeof member === 'object' && !Array.isArray(member)
            ? Object.fromEntries(Object.entries(member).reverse())
            : member,
        ) as unknown;
        expect(canonicalJson(reversed)).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
