// Browser fast path of the page scan: native selector queries and a text-only TreeWalker instead of a
// JS walk over every node. Must collect exactly what the pointer walk collects (see dom-parity test):
// never a candidate inside a hidden subtree or <head>, never unstructured candidates inside a Person root.
import {
  CARD_CLASS,
  isJsonLd,
  MAX_NODES,
  NAME_CLASS,
  NAME_TAGS,
  PERSON_TYPE,
  TEXT_HIT,
  type PageScan,
} from './scan';
import { hiddenByMarkup } from './visibility';

// Separate simple selectors: Chromium answers each in a fraction of a millisecond, a long list is far slower.
const HIDDEN_QUERIES = [
  '[hidden]',
  '[inert]',
  '[aria-hidden]',
  '[contenteditable]',
  '[style]',
  'template',
  'noscript',
  'script',
  'style',
  'title',
  'input',
  'textarea',
  'select',
  'option',
  'datalist',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'dialog',
];
const NAME_QUERIES = [
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
  '[class*=name]',
  '[class*=Name]',
  '[class~=fn]',
  '[class*=author]',
  '[class*=speaker]',
  '[class*=member]',
  '[class*=person]',
];

const FREE = 0;
const HIDDEN = 1;
const IN_PERSON = 2;

/** Memoised state of an element: free, hidden (or in <head>), or inside a structured Person root. */
class Placement {
  private readonly memo = new Map<Element, number>();

  constructor(
    private readonly hidden: Set<Element>,
    private readonly people: Set<Element>,
    private readonly root: Element,
  ) {}

  /** The element's own state: a Person root is "inside" itself (its unstructured content is covered). */
  of(el: Element): number {
    const chain: Element[] = [];
    let state = FREE;
    let node: Element | null = el;
    while (node && node !== this.root) {
      const known = this.memo.get(node);
      if (known !== undefined) {
        state = known;
        break;
      }
      chain.push(node);
      if (this.hidden.has(node) || node.localName === 'head') {
        state = HIDDEN;
        break;
      }
      node = node.parentElement;
    }
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const item = chain[i]!;
      if (state !== HIDDEN && this.people.has(item)) state = IN_PERSON;
      this.memo.set(item, state);
    }
    return state;
  }
}

function all(root: Element, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/** Scans the main document by queries; shadow roots found here are walked by the caller. */
export function scanByQuery(doc: Document, root: Element, scan: PageScan, roots: Node[]): boolean {
  for (const query of HIDDEN_QUERIES)
    for (const el of all(root, query)) if (hiddenByMarkup(el)) scan.hidden.add(el);
  for (const el of all(root, 'script')) if (isJsonLd(el)) scan.jsonLd.push(el);
  const people = new Set<Element>();
  const items = all(root, '[itemscope]');
  const rdfa = all(root, '[typeof]');
  const cards = all(root, '.h-card,.vcard').filter((el) =>
    CARD_CLASS.test(el.getAttribute('class') ?? ''),
  );
  for (const el of items) if (PERSON_TYPE.test(el.getAttribute('itemtype') ?? '')) people.add(el);
  for (const el of rdfa) if (PERSON_TYPE.test(el.getAttribute('typeof') ?? '')) people.add(el);
  for (const el of cards) people.add(el);
  const place = new Placement(scan.hidden, people, root);
  const visible = (el: Element) => place.of(el) !== HIDDEN;
  for (const el of all(root, 'meta,link'))
    if (el.closest('head') || visible(el)) scan.metas.push(el);
  const free = (el: Element) => place.of(el) === FREE;
  scan.itemRoots.push(...items.filter(visible));
  scan.rdfaRoots.push(...rdfa.filter(visible));
  scan.cardRoots.push(...cards.filter(visible));
  const seeds = new Set<Element>();
  for (const query of NAME_QUERIES) {
    for (const el of all(root, query)) {
      if (seeds.has(el)) continue;
      if (!NAME_TAGS.has(el.localName) && !NAME_CLASS.test(el.getAttribute('class') ?? ''))
        continue;
      seeds.add(el);
    }
  }
  for (const el of all(root, 'a[href]')) {
    if (!free(el)) continue;
    const href = el.getAttribute('href') ?? '';
    const lower = href.trimStart().slice(0, 7).toLowerCase();
    if (lower.startsWith('mailto:') || lower.startsWith('tel:')) scan.contactAnchors.push(el);
    else if (lower.startsWith('http')) scan.profileAnchors.push(el);
    const rel = el.getAttribute('rel');
    if (rel && /(?:^|\s)author(?:\s|$)/i.test(rel)) scan.authorLinks.push(el);
  }
  const everything = root.getElementsByTagName('*');
  scan.nodes += everything.length;
  for (let i = 0; i < everything.length; i += 1) {
    const el = everything[i]!;
    if (seeds.has(el) && free(el)) scan.nameSeeds.push(el);
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow && visible(el) && !scan.hidden.has(el)) {
      roots.push(shadow);
      scan.shadowRoots += 1;
    }
  }
  const walker = doc.createTreeWalker(root, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++scan.nodes > MAX_NODES) return false;
    const text = node.nodeValue ?? '';
    if (text.length <= 6 || !TEXT_HIT.test(text.length > 20_000 ? text.slice(0, 20_000) : text))
      continue;
    const parent = node.parentNode;
    if (parent && parent.nodeType === 1 && free(parent as Element))
      scan.textHits.push({ el: parent as Element, text });
  }
  return true;
}
