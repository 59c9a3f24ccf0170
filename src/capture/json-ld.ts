// Reads schema.org Person objects from JSON-LD script blocks (including @graph and arrays).
// Must never evaluate page code, follow prototype keys, or recurse without a depth/size bound.
import { addToList, emptyDraft, setText } from './draft';
import type { CaptureContext, ProspectDraft } from './types';

const MAX_DEPTH = 32;
const MAX_OBJECTS = 20_000;
const MAX_SCRIPT_CHARS = 2_000_000;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(obj: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function hasType(obj: JsonObject, wanted: string): boolean {
  return asArray(own(obj, '@type')).some(
    (t) =>
      typeof t === 'string' &&
      (t === wanted || t.endsWith(`/${wanted}`) || t === `schema:${wanted}`),
  );
}

function nameOf(value: unknown): unknown {
  return isObject(value) ? own(value, 'name') : value;
}

function stripScheme(value: unknown, scheme: string): unknown {
  return typeof value === 'string' ? value.replace(new RegExp(`^${scheme}:`, 'i'), '') : value;
}

function readPerson(obj: JsonObject, path: string, ctx: CaptureContext): ProspectDraft {
  const draft = emptyDraft();
  const at = (key: string) => `${path}.${key}`;
  const name =
    own(obj, 'name') ?? [own(obj, 'givenName'), own(obj, 'familyName')].filter(Boolean).join(' ');
  setText(draft, 'name', nameOf(name), 'json-ld', at('name'), ctx);
  setText(
    draft,
    'jobTitle',
    nameOf(asArray(own(obj, 'jobTitle'))[0]),
    'json-ld',
    at('jobTitle'),
    ctx,
  );
  const org = asArray(own(obj, 'worksFor'))[0] ?? asArray(own(obj, 'affiliation'))[0];
  setText(draft, 'organization', nameOf(org), 'json-ld', at('worksFor'), ctx);
  const contacts = asArray(own(obj, 'contactPoint')).filter(isObject);
  for (const email of [...asArray(own(obj, 'email')), ...contacts.map((c) => own(c, 'email'))]) {
    addToList(draft, 'emails', stripScheme(email, 'mailto'), 'json-ld', at('email'), ctx);
  }
  for (const tel of [
    ...asArray(own(obj, 'telephone')),
    ...contacts.map((c) => own(c, 'telephone')),
  ]) {
    addToList(draft, 'phones', stripScheme(tel, 'tel'), 'json-ld', at('telephone'), ctx);
  }
  for (const url of [...asArray(own(obj, 'url')), ...asArray(own(obj, 'sameAs'))]) {
    addToList(draft, 'urls', url, 'json-ld', at('url'), ctx);
  }
  const address = asArray(own(obj, 'address'))[0];
  if (isObject(address)) {
    setText(draft, 'locality', own(address, 'addressLocality'), 'json-ld', at('address'), ctx);
    setText(draft, 'region', own(address, 'addressRegion'), 'json-ld', at('address'), ctx);
    setText(
      draft,
      'country',
      nameOf(own(address, 'addressCountry')),
      'json-ld',
      at('address'),
      ctx,
    );
  }
  return draft;
}

function walk(
  value: unknown,
  path: string,
  depth: number,
  budget: { left: number },
  out: ProspectDraft[],
  ctx: CaptureContext,
): void {
  if (depth > MAX_DEPTH || budget.left <= 0) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1, budget, out, ctx));
    return;
  }
  if (!isObject(value)) return;
  budget.left -= 1;
  if (hasType(value, 'Person')) out.push(readPerson(value, path, ctx));
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    walk(value[key], `${path}.${key}`, depth + 1, budget, out, ctx);
  }
}

export function extractJsonLd(doc: Document, ctx: CaptureContext): ProspectDraft[] {
  const out: ProspectDraft[] = [];
  const budget = { left: MAX_OBJECTS };
  doc.querySelectorAll('script[type="application/ld+json" i]').forEach((script, index) => {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) {
      ctx.diagnostics.push({
        code: 'json-ld-too-large',
        message: `JSON-LD block ${index} is too large`,
      });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      ctx.diagnostics.push({
        code: 'json-ld-malformed',
        message: `JSON-LD block ${index} is not valid JSON`,
      });
      return;
    }
    walk(parsed, `jsonld[${index}]`, 0, budget, out, ctx);
  });
  return out;
}
