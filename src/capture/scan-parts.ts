// What the page scan collects, and the small steps both scan walks (pointer and native) share.
// Must never descend into hidden or skipped subtrees (except to find JSON-LD blocks).

import { QUOTE_HIT } from './quoted-people';

export const MAX_NODES = 400_000;
export const TEXT_HIT = /@|＠|\[at\]|\(at\)|（at）|\d[\d \u00a0().\-–/]{5,}\d/i;
/** "name AT host DOT edu": looked for only in texts holding " DOT " (a native substring search). */
const SHOUTED_ADDRESS = / AT \S+ DOT /;
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
  // Testimonial authors: <blockquote>…<footer>— Name, Title, Company</footer> / <cite>.
  'cite',
  'footer',
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
  /** Sentences that may quote a person ("…, said Maria Lopez, CFO of Acme"): see quoted-people.ts. */
  quoteHits: TextHit[];
  metas: Element[];
  /** Elements hidden by attributes where the walk stopped (their subtrees were not read); skipped tags
   * (script, template, form fields…) are recognised by tag and not listed. */
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
    quoteHits: [],
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

export function collectHiddenJsonLd(el: Element, scan: PageScan): void {
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

/** Files a link outside structured people: contact (mailto/tel), possible profile (http), or byline. */
export function recordAnchor(el: Element, scan: PageScan): void {
  const href = el.getAttribute('href');
  if (!href) return;
  const lower = href.trimStart().slice(0, 7).toLowerCase();
  if (lower.startsWith('mailto:') || lower.startsWith('tel:')) scan.contactAnchors.push(el);
  else if (lower.startsWith('http')) scan.profileAnchors.push(el);
  const rel = el.getAttribute('rel');
  if (rel && /(?:^|\s)author(?:\s|$)/i.test(rel)) scan.authorLinks.push(el);
}

/** The first element or text node after `node`'s subtree (within `root`), or null. */
export function following(node: Node, root: Node): Node | null {
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

/** `text`: the node's value when the caller has already read it. */
export function visitText(node: Node, scan: PageScan, text: string = node.nodeValue ?? ''): void {
  if (text.length <= 6) return;
  const bounded = text.length > 20_000 ? text.slice(0, 20_000) : text;
  if (TEXT_HIT.test(bounded) || (bounded.includes(' DOT ') && SHOUTED_ADDRESS.test(bounded))) {
    const parent = node.parentNode;
    if (parent && parent.nodeType === 1) scan.textHits.push({ el: parent as Element, text });
  }
  if (text.length > 40 && scan.quoteHits.length < MAX_QUOTE_HITS && mayQuote(bounded)) {
    const parent = node.parentNode;
    if (parent && parent.nodeType === 1) scan.quoteHits.push({ el: parent as Element, text });
  }
}

const MAX_QUOTE_HITS = 500;

/** Native substring searches first: most texts hold none of the quoting words. */
function mayQuote(text: string): boolean {
  return (
    (text.includes('said') ||
      text.includes('says') ||
      text.includes('told') ||
      text.includes('according to')) &&
    QUOTE_HIT.test(text)
  );
}
