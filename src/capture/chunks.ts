// Splits a container's visible text into short chunks (per text node and per separator) for the heuristics.
// Must never read hidden or form content, or walk more than a bounded number of nodes.
import { cleanName, cleanText } from './draft';
import { looksLikeJobTitle, looksLikeOrganization, looksLikePersonName } from './patterns';
import { isHiddenElement } from './visibility';

export interface Chunk {
  text: string;
  el: Element;
}

const SEPARATORS = /\s*(?:[,，|·•:：;；/()（）【】[\]]|\s[–—-]\s|[–—])\s*/;
const NAME_PREFIX = /^(?:about|meet|by|written by|posted by|author|作者|联系人)\s*[:：]?\s+/i;
const TRAILING = /^[\s:：,，;；·|–—-]+|[\s:：,，;；·|–—-]+$/g;

function quickClean(raw: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- strips control characters from page text
  const text = /^[^\s&\u0000-\u001f\u00ad\u200b-\u200f\ufeff]?[\w .,'’-]*$/.test(raw)
    ? raw.trim()
    : cleanText(raw, 300);
  const trimmed = text?.replace(TRAILING, '');
  return trimmed || undefined;
}

/** Visible text nodes of `root` as cleaned chunks (bounded). */
export function chunksOf(root: Element, maxNodes = 600, maxChunks = 80): Chunk[] {
  const out: Chunk[] = [];
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && visited < maxNodes && out.length < maxChunks) {
    visited += 1;
    let descend = false;
    if (node.nodeType === 3) {
      let raw = node.nodeValue ?? '';
      while (node.nextSibling?.nodeType === 3 && raw.length < 400) {
        node = node.nextSibling;
        raw += node.nodeValue ?? '';
      }
      if (raw.length < 400) {
        const text = quickClean(raw);
        if (text && node.parentNode) out.push({ text, el: node.parentNode as Element });
      }
    } else if (node.nodeType === 1) {
      descend = !isHiddenElement(node as Element);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return out;
}

export function segments(text: string): string[] {
  if (text.length > 200) return [];
  const parts = text.split(SEPARATORS).filter((p) => p.length > 1);
  return parts.length > 1 ? parts.slice(0, 8) : [];
}

function isName(text: string): boolean {
  return looksLikePersonName(text) && !looksLikeJobTitle(text) && !looksLikeOrganization(text);
}

export interface NameHit {
  name: string;
  key: string;
  el: Element;
}

export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.'’-]/g, '');
}

/** Up to `limit` distinct plausible person names in the chunks (whole chunk first, then its segments). */
export function namesIn(chunks: Chunk[], limit = 2): NameHit[] {
  const found: NameHit[] = [];
  for (const pass of ['whole', 'segments'] as const) {
    if (pass === 'segments' && found.length > 0) break;
    for (const chunk of chunks) {
      if (chunk.text.length > 200) continue;
      const whole = chunk.text.replace(NAME_PREFIX, '');
      const candidates =
        pass === 'whole' ? (isName(whole) ? [whole] : []) : segments(chunk.text).filter(isName);
      if (addNames(found, candidates, chunk, limit)) return found;
    }
  }
  return found;
}

function addNames(found: NameHit[], candidates: string[], chunk: Chunk, limit: number): boolean {
  {
    for (const candidate of candidates.slice(0, 1)) {
      const name = cleanName(candidate);
      if (!name) continue;
      const key = nameKey(name);
      if (found.some((f) => f.key === key || f.key.includes(key) || key.includes(f.key))) continue;
      found.push({ name, key, el: chunk.el });
      if (found.length >= limit) return true;
    }
  }
  return false;
}
