// Reads microformats2 h-card and classic hCard (vcard) people, with the mf2 implied name and url rules.
// Must never read hidden or form content, treat organisation or place cards as people, or walk unbounded.
import type { PersonField } from '@src/lead/provenance';
import { addToList, emptyDraft, profileHref, setText } from './draft';
import { visibleText } from './text';
import type { CaptureContext, ProspectDraft } from './types';
import { walkElements } from './element-walk';
import { classAttr, isHiddenElement } from './visibility';

const MAX_CARD_NODES = 3000;
type Field = PersonField | 'givenName' | 'familyName';

/** A Map, not an object: page text must never reach Object.prototype (`constructor`, `__proto__`). */
const MF2: ReadonlyMap<string, [Field, 'p' | 'u']> = new Map(
  Object.entries({
    'p-name': ['name', 'p'],
    'p-given-name': ['givenName', 'p'],
    'p-family-name': ['familyName', 'p'],
    'p-job-title': ['jobTitle', 'p'],
    'p-role': ['jobTitle', 'p'],
    'p-org': ['organization', 'p'],
    'u-email': ['emails', 'u'],
    'p-tel': ['phones', 'p'],
    'u-url': ['urls', 'u'],
    'p-locality': ['locality', 'p'],
    'p-region': ['region', 'p'],
    'p-country-name': ['country', 'p'],
  }),
);

/** A Map, not an object: page text must never reach Object.prototype (`constructor`, `__proto__`). */
const CLASSIC: ReadonlyMap<string, [Field, 'p' | 'u']> = new Map(
  Object.entries({
    fn: ['name', 'p'],
    'given-name': ['givenName', 'p'],
    'family-name': ['familyName', 'p'],
    title: ['jobTitle', 'p'],
    role: ['jobTitle', 'p'],
    org: ['organization', 'p'],
    'organization-name': ['organization', 'p'],
    email: ['emails', 'u'],
    tel: ['phones', 'p'],
    url: ['urls', 'u'],
    locality: ['locality', 'p'],
    region: ['region', 'p'],
    'country-name': ['country', 'p'],
  }),
);

interface ClassList extends Array<string> {
  mf2Root?: boolean;
}

const NO_CLASSES: readonly string[] = [];
/** Class lists by raw attribute (pages repeat a few); cleared after each extraction. */
const parsedClasses = new Map<string, ClassList>();

function classes(el: Element): readonly string[] {
  const raw = classAttr(el);
  if (!raw) return NO_CLASSES;
  let list = parsedClasses.get(raw);
  if (!list) {
    list = raw.split(/\s+/).filter(Boolean);
    if (parsedClasses.size < 5000) parsedClasses.set(raw, list);
  }
  return list;
}

function isMf2Root(list: readonly string[]): boolean {
  const cached = list as ClassList;
  if (cached.mf2Root === undefined)
    cached.mf2Root = list.some((c) => /^h-[a-z]+(?:-[a-z]+)*$/.test(c));
  return cached.mf2Root;
}

function isCardRoot(list: readonly string[]): boolean {
  return list.includes('h-card') || list.includes('vcard');
}

/** Value-class pattern: concatenated `.value` descendants (or their titles). */
function valueClass(el: Element): string | undefined {
  if (!el.firstElementChild) return undefined;
  const parts = el.querySelectorAll('.value, .value-title');
  if (!parts.length) return undefined;
  let out = '';
  for (let i = 0; i < parts.length && i < 10; i += 1) {
    const part = parts[i]!;
    out += /(?:^|\s)value-title(?:\s|$)/.test(classAttr(part) ?? '')
      ? (part.getAttribute('title') ?? '')
      : visibleText(part);
  }
  return out;
}

function pValue(el: Element): string | undefined {
  const tag = el.localName;
  const vc = valueClass(el);
  if (vc) return vc;
  if ((tag === 'abbr' || tag === 'link') && el.hasAttribute('title'))
    return el.getAttribute('title') ?? undefined;
  if (tag === 'data' && el.hasAttribute('value')) return el.getAttribute('value') ?? undefined;
  if ((tag === 'img' || tag === 'area') && el.hasAttribute('alt'))
    return el.getAttribute('alt') ?? undefined;
  return visibleText(el);
}

function uValue(el: Element): string | undefined {
  const tag = el.localName;
  if ((tag === 'a' || tag === 'area' || tag === 'link') && el.hasAttribute('href'))
    return el.getAttribute('href') ?? undefined;
  if (/^(?:img|audio|video|source)$/.test(tag) && el.hasAttribute('src'))
    return el.getAttribute('src') ?? undefined;
  if (tag === 'object' && el.hasAttribute('data')) return el.getAttribute('data') ?? undefined;
  return pValue(el);
}

function onlyChild(el: Element): Element | undefined {
  return el.children.length === 1 ? (el.firstElementChild ?? undefined) : undefined;
}

function impliedName(root: Element): string | undefined {
  const pick = (el: Element | undefined): string | undefined => {
    if (!el || (el !== root && isMf2Root(classes(el)))) return undefined;
    if ((el.localName === 'img' || el.localName === 'area') && el.getAttribute('alt'))
      return el.getAttribute('alt') ?? undefined;
    if (el.localName === 'abbr' && el.getAttribute('title'))
      return el.getAttribute('title') ?? undefined;
    return undefined;
  };
  const child = onlyChild(root);
  const grandchild = child && !isMf2Root(classes(child)) ? onlyChild(child) : undefined;
  return pick(root) ?? pick(child) ?? pick(grandchild) ?? visibleText(root, 200);
}

/** A link to a web page: http(s), or relative (no scheme of its own). */
function isWebLink(href: string): boolean {
  return !/^\s*[a-z][a-z0-9+.-]*:/i.test(href) || /^\s*https?:/i.test(href);
}

function impliedUrl(root: Element): string | undefined {
  const linkOf = (el: Element | undefined): string | undefined =>
    el && el.localName === 'a' && !isMf2Root(classes(el))
      ? (el.getAttribute('href') ?? undefined)
      : undefined;
  if (root.localName === 'a') return root.getAttribute('href') ?? undefined;
  const anchors = Array.from(root.children).filter((c) => c.localName === 'a');
  if (anchors.length === 1) return linkOf(anchors[0]);
  const child = onlyChild(root);
  if (child && !isMf2Root(classes(child))) {
    const inner = Array.from(child.children).filter((c) => c.localName === 'a');
    if (inner.length === 1) return linkOf(inner[0]);
  }
  return undefined;
}

export function extractHCards(roots: Element[], ctx: CaptureContext): ProspectDraft[] {
  try {
    return readCards(roots, ctx);
  } finally {
    parsedClasses.clear();
  }
}

function readCards(roots: Element[], ctx: CaptureContext): ProspectDraft[] {
  const drafts: ProspectDraft[] = [];
  for (const root of roots) {
    const rootClasses = classes(root);
    if (
      rootClasses.some((c) => c === 'p-org' || c === 'p-location' || c === 'org' || c === 'h-org')
    )
      continue;
    if (ctx.visibility && !ctx.visibility.isVisible(root, true)) continue;
    const draft = readCard(root, isMf2Root(rootClasses), ctx);
    if (draft) {
      drafts.push(draft);
    }
  }
  return drafts;
}

function readCard(root: Element, mf2: boolean, ctx: CaptureContext): ProspectDraft | undefined {
  const table = mf2 ? MF2 : CLASSIC;
  const draft = emptyDraft();
  const parts: Partial<Record<'givenName' | 'familyName', string>> = {};
  let otherProps = 0;
  let nestedRoots = 0;
  let orgCard = false;
  const profileLinks: [Element, string][] = [];
  walkElements(root, MAX_CARD_NODES, (el, tag) => {
    const visible = !isHiddenElement(el, tag);
    const list = visible ? classes(el) : NO_CLASSES;
    const nestedCard = list.length > 0 && isCardRoot(list);
    if (list.length && isMf2Root(list)) nestedRoots += 1;
    for (const cls of list) {
      if (mf2 && /^(?:p|e)-/.test(cls)) otherProps += 1;
      const mapping = table.get(cls);
      if (!mapping) continue;
      const [field, kind] = mapping;
      if (field === 'name' && list.includes(mf2 ? 'p-org' : 'org')) orgCard = true;
      if (nestedCard && field !== 'organization') continue;
      const raw = nestedCard
        ? (readCard(el, isMf2Root(list), ctx)?.name ?? pValue(el))
        : kind === 'u'
          ? uValue(el)
          : pValue(el);
      if (field === 'givenName' || field === 'familyName') parts[field] ??= raw?.trim();
      else if (field === 'emails')
        addToList(
          draft,
          'emails',
          raw?.replace(/^\s*mailto:/i, '').split('?')[0],
          'h-card',
          el,
          ctx,
        );
      else if (field === 'phones')
        addToList(draft, 'phones', raw?.replace(/^\s*tel:/i, ''), 'h-card', el, ctx);
      else if (field === 'urls') addToList(draft, 'urls', raw, 'h-card', el, ctx);
      else setText(draft, field, raw, 'h-card', el, ctx);
    }
    if (visible && tag === 'a' && /(?:^|\s)me(?:\s|$)/i.test(el.getAttribute('rel') ?? ''))
      addToList(draft, 'urls', el.getAttribute('href'), 'h-card', el, ctx);
    const profile = visible && !nestedCard ? profileHref(el, tag) : undefined;
    if (profile !== undefined) profileLinks.push([el, profile]);
    return visible && !nestedCard;
  });
  if (orgCard) return undefined;
  if (!draft.name && (parts.givenName || parts.familyName))
    setText(
      draft,
      'name',
      [parts.givenName, parts.familyName].filter(Boolean).join(' '),
      'h-card',
      root,
      ctx,
    );
  if (mf2 && !draft.name && otherProps === 0 && nestedRoots === 0)
    setText(draft, 'name', impliedName(root), 'h-card', root, ctx);
  if (mf2 && draft.urls.length === 0) {
    // The mf2 implied url; a mailto: or tel: one is the email or phone, not a web link.
    const implied = impliedUrl(root);
    if (implied !== undefined && isWebLink(implied))
      addToList(draft, 'urls', implied, 'h-card', root, ctx);
  }
  for (const [el, href] of profileLinks) addToList(draft, 'urls', href, 'link', el, ctx);
  if (!draft.name && !draft.emails.length && !draft.phones.length) return undefined;
  return draft;
}
