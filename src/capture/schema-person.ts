// Maps a schema.org Person (from JSON-LD, microdata or RDFa, as a neutral property bag) onto a draft.
// Must never follow references without a bound, or take an organisation's or place's name as the person's.
import type { CaptureMethod } from '@src/lead/provenance';
import { addToList, emptyDraft, setText, type Where } from './draft';
import type { CaptureContext, ProspectDraft } from './types';

/** One property value: text with its locator, or a nested item. */
export interface ItemValue {
  text?: string;
  item?: SchemaItem;
  locator: Where;
}

export interface SchemaItem {
  types: string[];
  props: Map<string, ItemValue[]>;
  locator: Where;
  /** Visible links to public profiles inside the item that no property carries (microdata, RDFa). */
  profileLinks?: [Element, string][];
}

const ORG_KEYS = ['worksFor', 'affiliation', 'memberOf', 'parentOrganization'] as const;
const MAX_NESTED = 4;

export function typeIs(item: SchemaItem, wanted: string): boolean {
  return item.types.some((t) => t === wanted);
}

/** "http://schema.org/Person", "schema:Person", "Person" → "Person". */
export function shortName(raw: string): string {
  const trimmed = raw.trim();
  const cut = Math.max(
    trimmed.lastIndexOf('/'),
    trimmed.lastIndexOf('#'),
    trimmed.lastIndexOf(':'),
  );
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}

/** Shared answer for absent keys (most keys of most items): never mutated. */
const NO_VALUES: readonly ItemValue[] = [];

function values(item: SchemaItem, key: string): readonly ItemValue[] {
  return item.props.get(key) ?? NO_VALUES;
}

/** The text of a value, or the name of a nested item (Organization, DefinedTerm, Country…). */
function textOf(value: ItemValue | undefined, depth = 0): string | undefined {
  if (!value) return undefined;
  if (value.text !== undefined) return value.text;
  if (value.item && depth < MAX_NESTED) return textOf(values(value.item, 'name')[0], depth + 1);
  return undefined;
}

function first(item: SchemaItem, key: string): ItemValue | undefined {
  return values(item, key).find((v) => textOf(v));
}

/** Scheme prefixes `strip` removes, compiled once (it runs for every email and phone). */
const SCHEME_PREFIX = {
  mailto: /^\s*mailto:(?:\/\/)?/i,
  tel: /^\s*tel:(?:\/\/)?/i,
} as const;

function strip(text: string | undefined, scheme: keyof typeof SCHEME_PREFIX): string | undefined {
  return text?.replace(SCHEME_PREFIX[scheme], '').split('?')[0];
}

function readAddress(
  draft: ProspectDraft,
  address: SchemaItem,
  method: CaptureMethod,
  ctx: CaptureContext,
): void {
  const put = (field: 'locality' | 'region' | 'country', key: string) => {
    const value = first(address, key);
    if (value) setText(draft, field, textOf(value), method, value.locator, ctx);
  };
  put('locality', 'addressLocality');
  put('region', 'addressRegion');
  put('country', 'addressCountry');
}

function readContacts(
  draft: ProspectDraft,
  item: SchemaItem,
  method: CaptureMethod,
  ctx: CaptureContext,
): void {
  for (const value of values(item, 'email'))
    addToList(draft, 'emails', strip(textOf(value), 'mailto'), method, value.locator, ctx);
  for (const value of values(item, 'telephone'))
    addToList(draft, 'phones', strip(textOf(value), 'tel'), method, value.locator, ctx);
}

/** Builds a draft from a Person item; `orgHint` names the organisation that lists this person. */
export function readSchemaPerson(
  item: SchemaItem,
  method: CaptureMethod,
  ctx: CaptureContext,
  orgHint?: { name: string; locator: string },
): ProspectDraft {
  const draft = emptyDraft();
  const name = first(item, 'name');
  if (name) setText(draft, 'name', textOf(name), method, name.locator, ctx);
  else {
    const parts = ['honorificPrefix', 'givenName', 'additionalName', 'familyName']
      .map((k) => first(item, k))
      .filter((v): v is ItemValue => Boolean(v));
    const joined = parts.map((v) => textOf(v)).join(' ');
    if (parts[0]) setText(draft, 'name', joined, method, parts[0].locator, ctx);
  }
  const title = first(item, 'jobTitle') ?? first(item, 'hasOccupation');
  if (title) setText(draft, 'jobTitle', textOf(title), method, title.locator, ctx);
  for (const key of ORG_KEYS) {
    const org = first(item, key);
    if (org && setText(draft, 'organization', textOf(org), method, org.locator, ctx)) break;
  }
  if (!draft.organization && orgHint)
    setText(draft, 'organization', orgHint.name, method, orgHint.locator, ctx);
  readContacts(draft, item, method, ctx);
  for (const point of values(item, 'contactPoint')) {
    if (point.item) readContacts(draft, point.item, method, ctx);
  }
  for (const key of ['url', 'sameAs', 'mainEntityOfPage']) {
    for (const value of values(item, key)) {
      const text = value.text ?? (value.item ? textOf(values(value.item, 'url')[0]) : undefined);
      if (text && !/^\s*(?:mailto|tel|javascript|data):/i.test(text))
        addToList(draft, 'urls', text, method, value.locator, ctx);
    }
  }
  const places = [
    ...values(item, 'address'),
    ...values(item, 'workLocation').flatMap((v) => (v.item ? values(v.item, 'address') : [])),
    ...values(item, 'homeLocation').flatMap((v) => (v.item ? values(v.item, 'address') : [])),
  ];
  for (const place of places) {
    if (place.item) readAddress(draft, place.item, method, ctx);
  }
  for (const key of ORG_KEYS) {
    for (const org of values(item, key)) {
      const address = org.item ? itemAddress(org.item) : undefined;
      if (address) noteCountry(address, ctx);
    }
  }
  if (draft.country && !ctx.countryHint) ctx.countryHint = draft.country.slice(0, 60);
  return draft;
}

/** Remembers an organisation's country as a page hint for phone normalisation. */
export function noteCountry(address: SchemaItem, ctx: CaptureContext): void {
  if (ctx.countryHint) return;
  const country = textOf(first(address, 'addressCountry'));
  if (country) ctx.countryHint = country.slice(0, 60);
}

export function itemName(item: SchemaItem): string | undefined {
  return textOf(first(item, 'name'));
}

export function itemAddress(item: SchemaItem): SchemaItem | undefined {
  return values(item, 'address').find((v) => v.item)?.item;
}
