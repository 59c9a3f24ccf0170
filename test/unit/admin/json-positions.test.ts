import { describe, expect, it } from 'vitest';
import { parseJsonWithPositions } from '@src/admin/json-positions';

describe('parseJsonWithPositions', () => {
  const text = '{\n  "a": 1,\n  "list": [\n    true,\n    {"b": "x\\"y"}\n  ],\n  "n": -1.5e3\n}\n';

  it('parses like JSON.parse and records where each value starts', () => {
    const result = parseJsonWithPositions(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(JSON.parse(text));
    expect(result.positionOf([])).toEqual({ line: 1, column: 1 });
    expect(result.positionOf(['a'])).toEqual({ line: 2, column: 8 });
    expect(result.positionOf(['list', 0])).toEqual({ line: 4, column: 5 });
    expect(result.positionOf(['list', 1, 'b'])).toEqual({ line: 5, column: 11 });
    expect(result.positionOf(['n'])).toEqual({ line: 7, column: 8 });
  });

  it('points a missing path at its nearest existing ancestor', () => {
    const result = parseJsonWithPositions(text);
    expect(result.ok && result.positionOf(['list', 1, 'missing', 'deeper'])).toEqual({
      line: 5,
      column: 5,
    });
  });

  it.each([
    ['{\n  "a": 1,\n}', 'Expected a property name in double quotes', 3, 1],
    ['{"a": 1 "b": 2}', 'Expected "}"', 1, 9],
    ['[1, 2', 'Expected "]"', 1, 6],
    ['{"a": tru}', 'Unexpected character', 1, 7],
    ['{"a": "x\ny"}', 'Control character in string', 1, 9],
    ['{"a": 1, "a": 2}', 'Duplicate property "a"', 1, 10],
    ['{} extra', 'Unexpected text after the JSON value', 1, 4],
    ['', 'Unexpected end of file', 1, 1],
    ['{"a": 01}', 'Expected "}"', 1, 8],
    ['"\\x"', 'Invalid escape in string', 1, 1],
  ])('reports %j as %s at %i:%i', (input, message, line, column) => {
    expect(parseJsonWithPositions(input)).toEqual({
      ok: false,
      message,
      position: { line, column },
    });
  });

  it('keeps __proto__ as plain data and accepts a byte-order mark', () => {
    const result = parseJsonWithPositions('\uFEFF{"__proto__": {"polluted": true}}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.keys(result.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
