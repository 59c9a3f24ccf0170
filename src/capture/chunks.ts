// Splits a container's visible text into short chunks (per text node and per separator) for the heuristics.
// Must never read hidden or form content, or walk more than a bounded number of nodes.
import { cleanText } from './draft';
import { isHiddenElement, nativeDom } from './visibility';

export interface Chunk {
  text: string;
  el: Element;
}

/** Also a gap before a Chinese label ("刘洋 手机：…": the full-width space is a plain one by now). */
const SEPARATORS =
  /\s*(?:[,，|·•:：;；/()（）【】[\]]|\s[–—-]\s|[–—])\s*|\s(?=[\u4e00-\u9fff]{1,6}[:：])/;
const TRAILING = /^[\s:：,，;；·|–—-]+|[\s:：,，;；·|–—-]+$/g;
const EDGE_MARKS = ':：,，;；·|–—-';

function quickClean(raw: string): string | undefined {
  // Whitespace between elements (most text nodes): cleanText would also return nothing.
  if (raw.trim() === '') return undefined;
  // eslint-disable-next-line no-control-regex -- strips control characters from page text
  const text = /^[^\s&\u0000-\u001f\u00ad\u200b-\u200f\ufeff]?[\w .,'’-]*$/.test(raw)
    ? raw.trim()
    : cleanText(raw, 300);
  if (!text) return undefined;
  // Both texts are trimmed: only a separator at either end can leave something to strip.
  const edged = EDGE_MARKS.includes(text[0]!) || EDGE_MARKS.includes(text[text.length - 1]!);
  return (edged ? text.replace(TRAILING, '') : text) || undefined;
}

/** Visible text nodes of `root` as cleaned chunks (bounded). */
export function chunksOf(root: Element, maxNodes = 600, maxChunks = 80): Chunk[] {
  // A leaf with one text child (headings, links, spans: most containers asked about): no walk needed.
  const only = root.firstChild;
  if (only !== null && only.nextSibling === null && maxNodes > 0 && maxChunks > 0) {
    const value = only.nodeValue;
    if (value !== null && only.nodeType === 3) {
      const out: Chunk[] = [];
      pushChunk(out, value, root);
      return out;
    }
  }
  const doc = root.ownerDocument;
  return nativeDom() && doc
    ? chunksByWalker(doc, root, maxNodes, maxChunks)
    : chunksByPointers(root, maxNodes, maxChunks);
}

function pushChunk(out: Chunk[], raw: string, parent: Node | null): void {
  if (raw.length >= 400) return;
  const text = quickClean(raw);
  if (text && parent) out.push({ text, el: parent as Element });
}

/**
 * Browser path: a native TreeWalker (one binding call per step instead of several pointer reads).
 * Same chunks as the pointer walk, within the same node budget. Adjacent text siblings (script-built
 * pages) read as one chunk, as in the pointer walk: two text nodes next to each other in the walk with the
 * same parent are siblings with nothing shown between, so the group is found without sibling reads.
 */
function chunksByWalker(
  doc: Document,
  root: Element,
  maxNodes: number,
  maxChunks: number,
): Chunk[] {
  const out: Chunk[] = [];
  // Comments are shown too, only to count them against `maxNodes` as the pointer walk does (a page
  // flooded with comments must not make each chunking pass unbounded); CDATA sections and processing
  // instructions (XHTML pages, scripts) only to end a text group, as a sibling between texts does.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 | 0x8 | 0x40 | 0x80);
  let visited = 0;
  // The text group being read (one chunk once the next node shows it has ended), and its parent.
  let group: string | null = null;
  let groupParent: Node | null = null;
  let node: Node | null = walker.nextNode();
  while (node) {
    // Elements have no value; text, comments, CDATA and processing instructions do.
    const value = node.nodeValue;
    const type = value === null ? 1 : node.nodeType;
    const parent = type === 3 ? node.parentNode : null;
    if (type === 3 && group !== null && group.length < 400 && parent === groupParent) {
      group += value;
      node = walker.nextNode();
      continue;
    }
    if (group !== null) pushChunk(out, group, groupParent);
    group = null;
    if (type === 4 || type === 7) {
      node = walker.nextNode(); // never counted, as the earlier walker never showed them
      continue;
    }
    if (visited >= maxNodes || out.length >= maxChunks) break;
    visited += 1;
    if (type === 3) {
      group = value;
      groupParent = parent;
      node = walker.nextNode();
      continue;
    }
    if (value !== null || !isHiddenElement(node as Element)) {
      node = walker.nextNode();
      continue;
    }
    // A hidden element: move past its subtree (the walker's steps never leave `root`).
    node = walker.nextSibling();
    while (!node && walker.parentNode()) node = walker.nextSibling();
  }
  if (group !== null && out.length < maxChunks) pushChunk(out, group, groupParent);
  return out;
}

function chunksByPointers(root: Element, maxNodes: number, maxChunks: number): Chunk[] {
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

/** Shared answer for texts without separators (most chunks): never mutated. */
const NO_SEGMENTS: string[] = [];

export function segments(text: string): string[] {
  // A test allocates nothing; most chunks have no separator, and split would build arrays for nothing.
  if (text.length > 200 || !SEPARATORS.test(text)) return NO_SEGMENTS;
  const parts = text.split(SEPARATORS).filter((p) => p.length > 1);
  return parts.length > 1 ? parts.slice(0, 8) : [];
}
