// One bounded pass over the visible page (and its open shadow roots) that collects capture candidates.
// Must never descend into hidden or skipped subtrees (except to find JSON-LD blocks), frames, or recurse.
import { scanByQuery } from './scan-query';
import { classAttr, hiddenByMarkup, SKIPPED_TAGS, useNativeAttributes } from './visibility';

export const MAX_NODES = 400_000;
export const TEXT_HIT = /@|＠|\[at\]|\(at\)|（at）|\d[\d \u00a0().\-–/]{5,}\d/i;
export const NAME_CLASS = /(?:^|[\s_-])(?:name|fn|author|speaker|member|person)(?:$|[\s_-])/i;
export const NAME_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'dt',
  'th',
  'figcaption',
  'td',
]);
export const CARD_CLASS = /(?:^|\s)(?:h-card|vcard)(?:\s|$)/;
export const PERSON_TYPE = /(?:^|[\s/:#])Person(?:\s|$)/;

export interface TextHit {
  el: Element;
  text: string;
}

export interface PageScan {
  jsonLd: Element[];
  itemRoots: Element[];
  rdfaRoots: Element[];
  cardRoots: Element[];
  /** Unstructured candidates, outside structured Person roots. */
  contactAnchors: Element[];
  profileAnchors: Element[];
  authorLinks: Element[];
  nameSeeds: Element[];
  textHits: TextHit[];
  metas: Element[];
  /** Elements hidden by markup where the walk stopped (their subtrees were not read). */
  hidden: Set<Element>;
  nodes: number;
  shadowRoots: number;
  truncated: boolean;
}

export function emptyScan(): PageScan {
  return {
    jsonLd: [],
    itemRoots: [],
    rdfaRoots: [],
    cardRoots: [],
    contactAnchors: [],
    profileAnchors: [],
    authorLinks: [],
    nameSeeds: [],
    textHits: [],
    metas: [],
    hidden: new Set(),
    nodes: 0,
    shadowRoots: 0,
    truncated: false,
  };
}

export function isJsonLd(el: Element): boolean {
  return (
    el.localName === 'script' &&
    (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json'
  );
}

function collectHiddenJsonLd(el: Element, scan: PageScan): void {
  if (isJsonLd(el)) {
    scan.jsonLd.push(el);
    return;
  }
  if (el.localName === 'template' || el.localName === 'script' || el.localName === 'style') return;
  const scripts = el.querySelectorAll('script');
  for (let i = 0; i < scripts.length && i < 200; i += 1) {
    const script = scripts[i];
    if (script && isJsonLd(script)) scan.jsonLd.push(script);
  }
}

const SKIP = 0;
const DESCEND = 1;
const PERSON_ROOT = 2;

/** Records one element; returns SKIP, DESCEND, or PERSON_ROOT (descend; a structured Person starts here). */
function visitElement(el: Element, scan: PageScan, inPerson: boolean): number {
  const tag = el.localName;
  if (!el.hasAttributes()) {
    if (SKIPPED_TAGS.has(tag)) {
      scan.hidden.add(el);
      collectHiddenJsonLd(el, scan);
      return SKIP;
    }
    if (!inPerson && NAME_TAGS.has(tag)) scan.nameSeeds.push(el);
    return DESCEND;
  }
  if (tag === 'meta' || tag === 'link') {
    scan.metas.push(el);
    return SKIP;
  }
  if (hiddenByMarkup(el)) {
    scan.hidden.add(el);
    collectHiddenJsonLd(el, scan);
    return SKIP;
  }
  let mark = DESCEND;
  if (el.hasAttribute('itemscope')) {
    scan.itemRoots.push(el);
    if (PERSON_TYPE.test(el.getAttribute('itemtype') ?? '')) mark = PERSON_ROOT;
  }
  const rdfaType = el.getAttribute('typeof');
  if (rdfaType !== null) {
    scan.rdfaRoots.push(el);
    if (PERSON_TYPE.test(rdfaType)) mark = PERSON_ROOT;
  }
  const cls = classAttr(el);
  if (cls && CARD_CLASS.test(cls)) {
    scan.cardRoots.push(el);
    mark = PERSON_ROOT;
  }
  if (inPerson || mark === PERSON_ROOT) return mark;
  if (NAME_TAGS.has(tag) || (cls && NAME_CLASS.test(cls))) scan.nameSeeds.push(el);
  if (tag === 'a') {
    const href = el.getAttribute('href');
    if (href) {
      const lower = href.trimStart().slice(0, 7).toLowerCase();
      if (lower.startsWith('mailto:') || lower.startsWith('tel:')) scan.contactAnchors.push(el);
      else if (lower.startsWith('http')) scan.profileAnchors.push(el);
      const rel = el.getAttribute('rel');
      if (rel && /(?:^|\s)author(?:\s|$)/i.test(rel)) scan.authorLinks.push(el);
    }
  }
  return DESCEND;
}

/** The first element or text node after `node`'s subtree (within `root`), or null. */
function following(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n && n !== root) {
    let sibling: Node | null = n.nextSibling;
    while (sibling && sibling.nodeType !== 1 && sibling.nodeType !== 3)
      sibling = sibling.nextSibling;
    if (sibling) return sibling;
    n = n.parentNode;
  }
  return null;
}

export function visitText(node: Node, scan: PageScan): void {
  const text = node.nodeValue ?? '';
  if (text.length > 6 && TEXT_HIT.test(text.length > 20_000 ? text.slice(0, 20_000) : text)) {
    const parent = node.parentNode;
    if (parent && parent.nodeType === 1) scan.textHits.push({ el: parent as Element, text });
  }
}

function visitHeadElement(el: Element, scan: PageScan): void {
  const tag = el.localName;
  if (tag === 'meta' || tag === 'link') scan.metas.push(el);
  else if (tag === 'script' && isJsonLd(el)) scan.jsonLd.push(el);
}

/**
 * Walks one root with a native TreeWalker (browsers: one native call per node), skipping hidden subtrees.
 * Returns false when the node budget ran out.
 */
function walkNative(doc: Document, root: Node, scan: PageScan, roots: Node[]): boolean {
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  let headEnd: Node | null | undefined;
  let personEnd: Node | null | undefined;
  let node: Node | null = walker.nextNode();
  while (node) {
    if (++scan.nodes > MAX_NODES) return false;
    if (node === headEnd) headEnd = undefined;
    if (node === personEnd) personEnd = undefined;
    if (node.nodeType === 3) {
      if (headEnd === undefined && personEnd === undefined) visitText(node, scan);
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    let descend = true;
    if (headEnd !== undefined) visitHeadElement(el, scan);
    else if (el.localName === 'head') headEnd = following(el, root);
    else {
      const mark = visitElement(el, scan, personEnd !== undefined);
      descend = mark !== SKIP;
      if (mark === PERSON_ROOT && personEnd === undefined) personEnd = following(el, root);
      const shadow = descend
        ? (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot
        : null;
      if (shadow) {
        roots.push(shadow);
        scan.shadowRoots += 1;
      }
    }
    if (descend) {
      node = walker.nextNode();
      continue;
    }
    node = following(el, root);
    if (node) walker.currentNode = node;
  }
  return true;
}

/** Walks one root with plain child/sibling pointers (DOMs without a fast native walker, e.g. in Node). */
function walkPointers(root: Node, scan: PageScan, roots: Node[]): boolean {
  let node: Node | null = root.firstChild;
  let head: Node | null = null;
  let person: Node | null = null;
  while (node) {
    if (++scan.nodes > MAX_NODES) return false;
    let descend = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (head || el.localName === 'head') {
        if (!head) head = el;
        visitHeadElement(el, scan);
        descend = el.localName === 'head';
      } else {
        const mark = visitElement(el, scan, person !== null);
        descend = mark !== SKIP;
        if (mark === PERSON_ROOT && !person) person = el;
        const shadow = descend
          ? (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot
          : null;
        if (shadow) {
          roots.push(shadow);
          scan.shadowRoots += 1;
        }
      }
    } else if (node.nodeType === 3 && !head && !person) {
      visitText(node, scan);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      if (node === head) head = null;
      if (node === person) person = null;
      node = node.parentNode;
    }
    if (!node || node === root) break;
    if (node === head) head = null;
    if (node === person) person = null;
    node = node.nextSibling;
  }
  return true;
}

/** Walks the document and its open shadow roots iteratively (no recursion, bounded node count). */
export function scanPage(doc: Document): PageScan {
  const scan = emptyScan();
  const probe = doc.documentElement as (Element & { checkVisibility?: unknown }) | null;
  const native =
    typeof probe?.checkVisibility === 'function' && typeof doc.createTreeWalker === 'function';
  useNativeAttributes(native);
  const roots: Node[] = [doc];
  for (let r = 0; r < roots.length && r < 1000; r += 1) {
    const given = roots[r]!;
    const root: Node | null = given.nodeType === 9 ? (given as Document).documentElement : given;
    if (!root) continue;
    const complete = native
      ? r === 0
        ? scanByQuery(doc, root as Element, scan, roots)
        : walkNative(doc, root, scan, roots)
      : walkPointers(root, scan, roots);
    if (!complete) {
      scan.truncated = true;
      return scan;
    }
  }
  return scan;
}
