// A small JSON parser that records where every value starts (line and column, 1-based), so policy
// validation can point at the exact place of each error. No installed library offers this.
// Must never evaluate anything and never include the document's text in error messages.
export interface Position {
  line: number;
  column: number;
}

export type JsonParseResult =
  | { ok: true; value: unknown; positionOf: (path: readonly (string | number)[]) => Position }
  | { ok: false; message: string; position: Position };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseJsonWithPositions(text: string): JsonParseResult {
  const positions = new Map<string, number>();
  const keyOf = (path: readonly (string | number)[]) => JSON.stringify(path);
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const skipWhitespace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index += 1;
  };
  const expect = (char: string) => {
    if (text[index] !== char) throw new JsonSyntaxError(`Expected "${char}"`, index);
    index += 1;
  };

  const parseValue = (path: (string | number)[]): unknown => {
    skipWhitespace();
    positions.set(keyOf(path), index);
    const char = text[index];
    if (char === '{') return parseObject(path);
    if (char === '[') return parseArray(path);
    if (char === '"') return parseString();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    throw new JsonSyntaxError(
      char === undefined ? 'Unexpected end of file' : 'Unexpected character',
      index,
    );
  };

  const parseObject = (path: (string | number)[]): Record<string, unknown> => {
    const result: Record<string, unknown> = {};
    index += 1;
    skipWhitespace();
    if (text[index] === '}') {
      index += 1;
      return result;
    }
    for (;;) {
      skipWhitespace();
      if (text[index] !== '"')
        throw new JsonSyntaxError('Expected a property name in double quotes', index);
      const keyStart = index;
      const key = parseString();
      if (Object.hasOwn(result, key))
        throw new JsonSyntaxError(`Duplicate property "${key}"`, keyStart);
      skipWhitespace();
      expect(':');
      Object.defineProperty(result, key, {
        value: parseValue([...path, key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      skipWhitespace();
      if (text[index] === ',') {
        index += 1;
        continue;
      }
      expect('}');
      return result;
    }
  };

  const parseArray = (path: (string | number)[]): unknown[] => {
    const result: unknown[] = [];
    index += 1;
    skipWhitespace();
    if (text[index] === ']') {
      index += 1;
      return result;
    }
    for (;;) {
      result.push(parseValue([...path, result.length]));
      skipWhitespace();
      if (text[index] === ',') {
        index += 1;
        continue;
      }
      expect(']');
      return result;
    }
  };

  const parseString = (): string => {
    const start = index;
    index += 1;
    while (index < text.length && text[index] !== '"') {
      const code = text.charCodeAt(index);
      if (code < 0x20) throw new JsonSyntaxError('Control character in string', index);
      index += text[index] === '\\' ? 2 : 1;
    }
    if (index >= text.length) throw new JsonSyntaxError('Unterminated string', start);
    index += 1;
    try {
      return JSON.parse(text.slice(start, index)) as string;
    } catch {
      throw new JsonSyntaxError('Invalid escape in string', start);
    }
  };

  const parseNumber = (): number => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(index));
    if (!match) throw new JsonSyntaxError('Invalid number', index);
    index += match[0].length;
    return Number(match[0]);
  };

  try {
    const value = parseValue([]);
    skipWhitespace();
    if (index < text.length)
      throw new JsonSyntaxError('Unexpected text after the JSON value', index);
    return {
      ok: true,
      value,
      positionOf: (path) => {
        // The nearest recorded ancestor: a missing field is reported where its parent object starts.
        for (let length = path.length; length >= 0; length -= 1) {
          const offset = positions.get(keyOf(path.slice(0, length)));
          if (offset !== undefined) return positionAt(text, offset);
        }
        return { line: 1, column: 1 };
      },
    };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, message: error.message, position: positionAt(text, error.offset) };
    }
    throw error;
  }
}

export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === '\n') {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
