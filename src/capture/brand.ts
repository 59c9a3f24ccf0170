// The site's own brand as name keys (host label, og:site_name, the brand part of <title>), so the text
// reader does not take "Kestrel Freight" in a header for a person. Must never read page content beyond
// the title and metas, and never call a name a brand when the page's own structured data says it is a
// person (personal homepages: the site is named after its owner).
import { nameKey } from './names-in';
import { stripHonorific } from './patterns';
import type { ProspectDraft } from './types';

/** Second-level labels under a country code that are not the brand ("co" in kestrel.co.uk). */
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'org',
  'net',
  'ac',
  'gov',
  'edu',
  'ltd',
  'plc',
  'or',
  'ne',
]);
const TITLE_SEPARATORS = /\s[|–—·:-]\s|\s?[|–—·]\s?/;
const MAX_BRAND_WORDS = 4;

/** The registrable label of a host: "www.kestrelfreight.example" -> "kestrelfreight". */
export function hostBrand(pageUrl: string): string | undefined {
  let host: string;
  try {
    host = new URL(pageUrl).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (!host || /^[\d.]+$|^\[/.test(host)) return undefined;
  const labels = host.split('.');
  labels.pop(); // top-level domain
  let label = labels.pop();
  if (label && SECOND_LEVEL.has(label) && labels.length > 0) label = labels.pop();
  return label ? label.replace(/-/g, '') : undefined;
}

/**
 * Brand parts of a title ("About us — Brightloom | Revenue…" -> "Brightloom"): the short parts after the
 * first one (the first part names the page, and on profile pages the person).
 */
export function titleBrands(title: string): string[] {
  const parts = title
    .slice(0, 300)
    .split(TITLE_SEPARATORS)
    .map((part) => part.trim());
  return parts.slice(1).filter((part) => part && part.split(/\s+/).length <= MAX_BRAND_WORDS);
}

/** The <title> text, looked for among the head's children only (no document-wide query). */
function titleOf(doc: Document): string | undefined {
  const children = doc.head?.children;
  if (!children) return undefined;
  for (let i = 0; i < children.length && i < 200; i += 1) {
    const el = children[i];
    if (el?.localName === 'title') return el.textContent ?? undefined;
  }
  return undefined;
}

/** Name keys of the site's brand, minus any key a structured person on the page carries. */
export function siteBrandKeys(
  doc: Document,
  pageUrl: string,
  metas: Element[],
  structured: ProspectDraft[],
): Set<string> {
  const keys = new Set<string>();
  const add = (text: string): void => {
    const key = nameKey(stripHonorific(text.trim()));
    if (key.length >= 3 && key.length <= 80) keys.add(key);
  };
  const host = hostBrand(pageUrl);
  if (host) add(host);
  for (const el of metas.slice(0, 500)) {
    if ((el.getAttribute('property') ?? el.getAttribute('name')) !== 'og:site_name') continue;
    add(el.getAttribute('content') ?? '');
  }
  const title = titleOf(doc);
  if (title) for (const part of titleBrands(title)) add(part);
  for (const draft of structured) if (draft.name) keys.delete(nameKey(stripHonorific(draft.name)));
  return keys;
}
