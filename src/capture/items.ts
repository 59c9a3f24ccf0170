// Reads schema.org Person items written as microdata (itemscope/itemprop) or RDFa Lite (typeof/property).
// Must never read hidden or form content, follow itemref chains, or walk a subtree without a node bound.
import { addToList, profileHref } from './draft';
import { readSchemaPerson, shortName, type ItemValue, type SchemaItem } from './schema-person';
import { visibleText } from './text';
import type { CaptureContext, ProspectDraft } from './types';
import { walkElements } from './element-walk';
import { isHiddenElement } from './visibility';

const MAX_ITEM_NODES = 3000;
const MAX_ITEM_DEPTH = 4;
const URL_PROPS = new Set([
  'url',
  'sameAs',
  'email',
  'telephone',
  'image',
  'mainEntityOfPage',
  'logo',
]);
const MEMBER_PROPS = new Set([
  'employee',
  'employees',
  'member',
  'members',
  'founder',
  'founders',
  'alumni',
]);
const SRC_TAGS = new Set(['img', 'audio', 'video', 'source', 'iframe', 'embed', 'track']);

interface Syntax {
  method: 'microdata' | 'rdfa';
  rootAttr: string;
  propAttr: string;
  types(el: Element): string[];
}

const MICRODATA: Syntax = {
  method: 'microdata',
  rootAttr: 'itemscope',
  propAttr: 'itemprop',
  types: (el) => splitNames(el.getAttribute('itemtype')),
};

const RDFA: Syntax = {
  method: 'rdfa',
  rootAttr: 'typeof',
  propAttr: 'property',
  types: (el) => splitNames(el.getAttribute('typeof')),
};

/** Shared result for elements without the attribute (most of an item's elements): never mutated. */
const NO_NAMES: readonly string[] = [];

function splitNames(raw: string | null): string[] {
  if (!raw) return [];
  return raw.split(/\s+/).filter(Boolean).slice(0, 10).map(shortName);
}

function valueOf(el: Element, prop: string, syntax: Syntax): string | undefined {
  const tag = el.localName;
  const content = el.getAttribute('content');
  if (content !== null && (tag === 'meta' || syntax.method === 'rdfa')) return content;
  if (tag === 'a' || tag === 'area' || tag === 'link') {
    const href = el.getAttribute('href');
    if (href && (URL_PROPS.has(prop) || tag === 'link')) return href;
  }
  if (SRC_TAGS.has(tag)) return el.getAttribute('src') ?? undefined;
  if (tag === 'object') return el.getAttribute('data') ?? undefined;
  if (tag === 'data' || tag === 'meter') return el.getAttribute('value') ?? undefined;
  if (tag === 'time') return el.getAttribute('datetime') ?? visibleText(el);
  return visibleText(el);
}

/** Reads the properties of one item root, nested items included (bounded depth and node count). */
function readItem(root: Element, syntax: Syntax, ctx: CaptureContext, depth: number): SchemaItem {
  const props = new Map<string, ItemValue[]>();
  const item: SchemaItem = { types: syntax.types(root), props, locator: root, profileLinks: [] };
  walkElements(root, MAX_ITEM_NODES, (el, tag) => {
    const carrier = tag === 'meta' || tag === 'link';
    const descend = !carrier && !isHiddenElement(el, tag);
    const raw = descend || carrier ? el.getAttribute(syntax.propAttr) : null;
    const names: readonly string[] = raw ? splitNames(raw) : NO_NAMES;
    const profile = descend && !raw ? profileHref(el, tag) : undefined;
    if (profile !== undefined) item.profileLinks?.push([el, profile]);
    const nested = el.hasAttribute(syntax.rootAttr);
    for (const name of names) {
      const list = props.get(name) ?? [];
      if (list.length >= 20) continue;
      if (nested) {
        if (depth < MAX_ITEM_DEPTH)
          list.push({ item: readItem(el, syntax, ctx, depth + 1), locator: el });
      } else {
        list.push({ text: valueOf(el, name, syntax), locator: el });
      }
      props.set(name, list);
    }
    return descend && !nested;
  });
  return item;
}

/** The organisation that lists this person as employee/member/founder, if any. */
function memberOf(
  el: Element,
  syntax: Syntax,
  ctx: CaptureContext,
): { name: string; locator: string } | undefined {
  const props = splitNames(el.getAttribute(syntax.propAttr));
  if (!props.some((p) => MEMBER_PROPS.has(p))) return undefined;
  const parent = el.parentElement?.closest(`[${syntax.rootAttr}]`);
  if (
    !parent ||
    !syntax.types(parent).some((t) => /Organization|Corporation|LocalBusiness/.test(t))
  )
    return undefined;
  for (const candidate of parent.querySelectorAll(`[${syntax.propAttr}~="name"]`)) {
    if (candidate.parentElement?.closest(`[${syntax.rootAttr}]`) !== parent) continue;
    const name = valueOf(candidate, 'name', syntax);
    if (name) return { name, locator: ctx.locator?.css(candidate) ?? 'name' };
  }
  return undefined;
}

function extract(roots: Element[], syntax: Syntax, ctx: CaptureContext): ProspectDraft[] {
  const drafts: ProspectDraft[] = [];
  for (const root of roots) {
    const types = syntax.types(root);
    if (!types.includes('Person')) continue;
    if (ctx.visibility && !ctx.visibility.isVisible(root, true)) continue;
    const item = readItem(root, syntax, ctx, 0);
    const draft = readSchemaPerson(item, syntax.method, ctx, memberOf(root, syntax, ctx));
    for (const [el, href] of item.profileLinks ?? [])
      addToList(draft, 'urls', href, 'link', el, ctx);
    drafts.push(draft);
  }
  return drafts;
}

export function extractMicrodata(roots: Element[], ctx: CaptureContext): ProspectDraft[] {
  return extract(roots, MICRODATA, ctx);
}

export function extractRdfa(roots: Element[], ctx: CaptureContext): ProspectDraft[] {
  return extract(roots, RDFA, ctx);
}
