// Reads schema.org Person objects from JSON-LD script blocks (including @graph, arrays and @id references).
// Must never evaluate page code, follow prototype keys, or recurse without a depth/size bound.
import {
  itemAddress,
  itemName,
  noteCountry,
  readSchemaPerson,
  shortName,
  typeIs,
  type ItemValue,
  type SchemaItem,
} from './schema-person';
import type { CaptureContext, ProspectDraft } from './types';

const MAX_DEPTH = 32;
const MAX_OBJECTS = 20_000;
const MAX_SCRIPT_CHARS = 2_000_000;
const MAX_BLOCKS = 200;
const MEMBER_KEYS = new Set([
  'employee',
  'employees',
  'member',
  'members',
  'founder',
  'founders',
  'contactPoint',
  'alumni',
]);
const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(obj: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function typesOf(obj: JsonObject): string[] {
  const raw = own(obj, '@type') ?? own(obj, 'type');
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map(shortName);
}

interface Walk {
  ids: Map<string, JsonObject>;
  budget: { left: number; truncated?: boolean };
}

/** Converts a JSON object into a property bag, resolving bare {"@id"} references once. */
function toItem(obj: JsonObject, path: string, depth: number, walk: Walk): SchemaItem {
  const props = new Map<string, ItemValue[]>();
  const item: SchemaItem = { types: typesOf(obj), props, locator: path };
  if (depth > 6) return item;
  for (const key of Object.keys(obj)) {
    if (BLOCKED_KEYS.has(key) || key.startsWith('@')) continue;
    const name = shortName(key);
    const raw = own(obj, key);
    const list = Array.isArray(raw) ? raw.slice(0, 50) : [raw];
    const out: ItemValue[] = [];
    list.forEach((value, i) => {
      const at = Array.isArray(raw) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      if (typeof value === 'string' || (typeof value === 'number' && name === 'telephone'))
        out.push({ text: String(value), locator: at });
      else if (isObject(value) && walk.budget.left-- > 0) {
        const id = own(value, '@id');
        const target =
          typeof id === 'string' && Object.keys(value).length === 1
            ? (walk.ids.get(id) ?? value)
            : value;
        const literal = own(target, '@value');
        if (typeof literal === 'string') out.push({ text: literal, locator: at });
        else out.push({ item: toItem(target, at, depth + 1, walk), locator: at });
      }
    });
    if (out.length) props.set(name, out);
  }
  return item;
}

interface Found {
  obj: JsonObject;
  path: string;
  org?: { name: string; locator: string };
}

function collect(
  root: unknown,
  rootPath: string,
  walk: Walk,
  people: Found[],
  orgs: Found[],
): void {
  const stack: {
    value: unknown;
    path: string;
    depth: number;
    org?: Found['org'];
    viaMember: boolean;
  }[] = [{ value: root, path: rootPath, depth: 0, viaMember: false }];
  while (stack.length) {
    const { value, path, depth, org, viaMember } = stack.pop()!;
    if (depth > MAX_DEPTH || walk.budget.left-- <= 0) continue;
    if (Array.isArray(value)) {
      if (value.length > 5000) walk.budget.truncated = true;
      for (let i = Math.min(value.length, 5000) - 1; i >= 0; i -= 1)
        stack.push({ value: value[i], path: `${path}[${i}]`, depth: depth + 1, org, viaMember });
      continue;
    }
    if (!isObject(value)) continue;
    const id = own(value, '@id');
    if (typeof id === 'string' && Object.keys(value).length > 1 && !walk.ids.has(id))
      walk.ids.set(id, value);
    const types = typesOf(value);
    let orgHere = org;
    if (types.includes('Person'))
      people.push({ obj: value, path, org: viaMember ? org : undefined });
    else if (
      types.some((t) =>
        /Organization|Corporation|LocalBusiness|EducationalOrganization|NGO|College|University/.test(
          t,
        ),
      )
    ) {
      orgs.push({ obj: value, path });
      const name = own(value, 'name');
      orgHere = typeof name === 'string' ? { name, locator: `${path}.name` } : undefined;
    }
    const keys = Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k -= 1) {
      const key = keys[k]!;
      if (BLOCKED_KEYS.has(key)) continue;
      stack.push({
        value: own(value, key),
        path: `${path}.${key}`,
        depth: depth + 1,
        org: orgHere,
        viaMember: MEMBER_KEYS.has(shortName(key)),
      });
    }
  }
}

export function extractJsonLd(scripts: ArrayLike<Element>, ctx: CaptureContext): ProspectDraft[] {
  const walk: Walk = { ids: new Map(), budget: { left: MAX_OBJECTS } };
  const people: Found[] = [];
  const orgs: Found[] = [];
  for (let index = 0; index < scripts.length && index < MAX_BLOCKS; index += 1) {
    const text = scripts[index]?.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) {
      ctx.diagnostics.push({
        code: 'json-ld-too-large',
        message: `JSON-LD block ${index + 1} is too large`,
      });
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(
        text.replace(/^\s*<!--|-->\s*$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, ''),
      );
    } catch {
      ctx.diagnostics.push({
        code: 'json-ld-malformed',
        message: `JSON-LD block ${index + 1} is not valid JSON`,
      });
      continue;
    }
    collect(parsed, `jsonld[${index}]`, walk, people, orgs);
  }
  if (walk.budget.left <= 0 || walk.budget.truncated)
    ctx.diagnostics.push({
      code: 'json-ld-truncated',
      message: 'JSON-LD was too large; part of it was read',
    });
  for (const found of orgs.slice(0, 50)) {
    const address = itemAddress(toItem(found.obj, found.path, 5, walk));
    if (address) noteCountry(address, ctx);
  }
  const drafts: ProspectDraft[] = [];
  for (const found of people) {
    const item = toItem(found.obj, found.path, 0, walk);
    const identified =
      itemName(item) !== undefined ||
      ['givenName', 'familyName', 'email', 'telephone'].some((k) => item.props.has(k));
    if (!typeIs(item, 'Person') || !identified) continue;
    drafts.push(readSchemaPerson(item, 'json-ld', ctx, found.org));
  }
  return drafts;
}
