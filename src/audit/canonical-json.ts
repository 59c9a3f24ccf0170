// Canonical JSON (RFC 8785 / JCS) for the subset the audit trail uses: plain objects, arrays,
// strings, booleans, null and finite numbers. Keys sorted by UTF-16 code units, no whitespace,
// ECMAScript number and string serialisation (which is what JCS specifies).
// Must never silently drop or coerce values: undefined, NaN, Infinity, bigint, functions,
// symbols and non-plain objects (Date, Map, typed arrays, class instances) throw.

export class CanonicalJsonError extends TypeError {
  override readonly name = 'CanonicalJsonError';
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`Non-finite number at ${path}`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`Unsupported ${typeof value} at ${path}`);
  }
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i += 1) {
      if (!(i in value)) throw new CanonicalJsonError(`Sparse array at ${path}`);
      items.push(serialise(value[i], `${path}[${i}]`));
    }
    return `[${items.join(',')}]`;
  }
  if (!isPlainObject(value)) throw new CanonicalJsonError(`Non-plain object at ${path}`);
  const keys = Object.keys(value).sort();
  const members = keys.map((key) => {
    const member = value[key];
    if (member === undefined) throw new CanonicalJsonError(`Undefined member at ${path}`);
    return `${JSON.stringify(key)}:${serialise(member, `${path}.<member>`)}`;
  });
  return `{${members.join(',')}}`;
}

/** The canonical JSON text of a value (throws CanonicalJsonError outside the supported subset). */
export function canonicalJson(value: unknown): string {
  return serialise(value, '$');
}
