// One bounded pass over the visible page (and its open shadow roots) that collects capture candidates.
// Must never descend into hidden or skipped subtrees (except to find JSON-LD blocks), frames, or recurse.
import {
  CARD_CLASS,
  collectHiddenJsonLd,
  emptyScan,
  isJsonLd,
  MAX_NODES,
  NAME_CLASS,
  NAME_TAGS,
  PERSON_TYPE,
  recordAnchor,
  visitText,
  type PageScan,
} from './scan-parts';
import { walkNative } from './scan-native';
import { classAttr, hiddenByMarkup, SKIPPED_TAGS, useNativeAttributes } from './visibility';

export type { PageScan, TextHit } from './scan-parts';

const SKIP = 0;
const DESCEND = 1;
const PERSON_ROOT = 2;

/** Records one element; returns SKIP, DESCEND, or PERSON_ROOT (descend; a structured Person starts here). */
function visitElement(el: Element, scan: PageScan, inPerson: boolean): number {
  const tag = el.localName;
  if (!el.hasAttributes()) {
    if (SKIPPED_TAGS.has(tag)) {
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
    if (!SKIPPED_TAGS.has(tag)) scan.hidden.add(el);
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
  if (tag === 'a') recordAnchor(el, scan);
  return DESCEND;
}

function visitHeadElement(el: Element, scan: PageScan): void {
  const tag = el.localName;
  if (tag === 'meta' || tag === 'link') scan.metas.push(el);
  else if (tag === 'script' && isJsonLd(el)) scan.jsonLd.push(el);
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
    const complete = native ? walkNative(doc, root, scan, roots) : walkPointers(root, scan, roots);
    if (!complete) {
      scan.truncated = true;
      return scan;
    }
  }
  return scan;
}
