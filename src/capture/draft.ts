// Small helpers to build drafts field by field, recording provenance as values are added.
// Must never add a value without its provenance, or the same value twice.
import { isProfileUrl } from './patterns';
import type { CaptureMethod, PersonField, Provenance } from '@src/lead/provenance';
import type { CaptureContext, ProspectDraft } from './types';

type ListField = 'emails' | 'phones' | 'urls';
type TextField = Exclude<PersonField, ListField>;

/** A Map, not an object: page text must never reach Object.prototype (`constructor`, `__proto__`). */
const ENTITIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    ndash: '–',
    mdash: '—',
    middot: '·',
    copy: '©',
    auml: 'ä',
    ouml: 'ö',
    uuml: 'ü',
    Auml: 'Ä',
    Ouml: 'Ö',
    Uuml: 'Ü',
    szlig: 'ß',
    eacute: 'é',
    egrave: 'è',
    Eacute: 'É',
    aacute: 'á',
    iacute: 'í',
    oacute: 'ó',
    uacute: 'ú',
    ntilde: 'ñ',
    ccedil: 'ç',
    aring: 'å',
    Aring: 'Å',
    oslash: 'ø',
    Oslash: 'Ø',
    rsquo: '’',
    lsquo: '‘',
    ldquo: '“',
    rdquo: '”',
  }),
);
const NAME_EDGES = ',;:|·•-–—';
const NAME_EDGE_RUNS = /^[,;:|·•\-–—\s]+|[,;:|·•\-–—\s]+$/g;
const CJK_GAP = /([\u3400-\u9fff\uf900-\ufaff])[\s\u3000]+(?=[\u3400-\u9fff\uf900-\ufaff])/g;

export function emptyDraft(): ProspectDraft {
  return { emails: [], phones: [], urls: [], provenance: {} };
}

/** Decodes the HTML entities that leak into structured data strings (JSON-LD, attributes). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,7});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : ' ';
    }
    return ENTITIES.get(body) ?? ENTITIES.get(body.toLowerCase()) ?? whole;
  });
}

/** Anything `cleanText` would change: entities, control or invisible characters, other or doubled spaces. */
const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[^\S ]| {2}|^ | $|[&\u0000-\u001f\u007f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/;

export function cleanText(raw: unknown, max = 300): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const bounded = raw.length > max * 8 ? raw.slice(0, max * 8) : raw;
  if (!NEEDS_CLEANING.test(bounded)) {
    if (!bounded) return undefined;
    return bounded.length > max ? bounded.slice(0, max) : bounded;
  }
  const text = decodeEntities(bounded).replace(
    // eslint-disable-next-line no-control-regex -- strips control characters from page text
    /[\u0000-\u001f\u007f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g,
    ' ',
  );
  const collapsed = text.replace(/[\s\u3000]+/g, ' ').trim();
  if (!collapsed) return undefined;
  return collapsed.length > max ? collapsed.slice(0, max) : collapsed;
}

/** Person names: also joins CJK characters separated by (full-width) spaces (张, U+3000, 伟 → 张伟). */
export function cleanName(raw: unknown): string | undefined {
  const text = cleanText(raw, 120)?.replace(CJK_GAP, '$1');
  if (!text) return undefined;
  // The text is trimmed: only a separator at either end can leave something to strip.
  const edged = NAME_EDGES.includes(text[0]!) || NAME_EDGES.includes(text[text.length - 1]!);
  return (edged ? text.replace(NAME_EDGE_RUNS, '') : text) || undefined;
}

/** Where a value came from: a locator, or the element (its CSS locator is built only if the value is kept). */
export type Where = string | Element;

function locatorOf(where: Where, ctx: CaptureContext): string {
  if (typeof where === 'string') return where;
  return ctx.locator?.css(where) ?? where.localName;
}

function note(
  draft: ProspectDraft,
  field: PersonField,
  method: CaptureMethod,
  where: Where,
  ctx: CaptureContext,
): void {
  const list = draft.provenance[field];
  if (list && list.length >= 20) return;
  const prov: Provenance = {
    method,
    locator: locatorOf(where, ctx).slice(0, 512),
    pageUrl: ctx.pageUrl.slice(0, 2048),
    capturedAt: ctx.capturedAt,
  };
  // Most fields get one value: a one-element literal, not an empty array grown by push.
  if (list) list.push(prov);
  else draft.provenance[field] = [prov];
}

export function setText(
  draft: ProspectDraft,
  field: TextField,
  raw: unknown,
  method: CaptureMethod,
  where: Where,
  ctx: CaptureContext,
): boolean {
  const value = field === 'name' ? cleanName(raw) : cleanText(raw);
  if (!value || draft[field]) return false;
  draft[field] = value;
  note(draft, field, method, where, ctx);
  return true;
}

export function addToList(
  draft: ProspectDraft,
  field: ListField,
  raw: unknown,
  method: CaptureMethod,
  where: Where,
  ctx: CaptureContext,
): boolean {
  const value = cleanText(raw, 2048);
  if (!value || draft[field].length >= 20) return false;
  if (field === 'urls' && /^(?:javascript|data|vbscript|file|blob):/i.test(value)) return false;
  if (field === 'emails' && !/^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$/.test(value)) return false;
  const key = listKey(field, value);
  if (draft[field].some((v) => listKey(field, v) === key)) return false;
  draft[field].push(value);
  note(draft, field, method, where, ctx);
  return true;
}

/** Same-value test for list fields: emails ignore case, phones compare digits only. */
export function listKey(field: ListField, value: string): string {
  if (field === 'emails') return value.toLowerCase();
  if (field === 'phones') return value.replace(/^\s*(?:\+|00)/, '+').replace(/[^\d+]/g, '');
  return value;
}

export function hasContent(draft: ProspectDraft): boolean {
  return Boolean(draft.name) || draft.emails.length > 0 || draft.phones.length > 0;
}

/**
 * The href of a visible link to a known public profile (LinkedIn, GitHub…) that a structured person card
 * shows without marking it up as a property, or undefined. Such links are that person's profiles, as in a
 * person box without markup.
 */
export function profileHref(el: Element, tag: string): string | undefined {
  if (tag !== 'a') return undefined;
  const href = el.getAttribute('href');
  return href !== null && isProfileUrl(href) ? href : undefined;
}
