// Splits a container's visible text into short chunks (per text node and per separator) for the heuristics.
// Must never read hidden or form content, or walk more than a bounded number of nodes.
import { cleanName, cleanText } from './draft';
import { looksLikeJobTitle, looksLikeOrganization, looksLikePersonName } from './patterns';
import { isHiddenElement, nativeDom } from './visibility';

export interface Chunk {
  text: string;
  el: Element;
}

/** Also a gap before a Chinese label ("刘洋 手机：…": the full-width space is a plain one by now). */
const SEPARATORS =
  /\s*(?:[,，|·•:：;；/()（）【】[\]]|\s[–—-]\s|[–—])\s*|\s(?=[\u4e00-\u9fff]{1,6}[:：])/;
const NAME_PREFIX =
  /^(?:(?:about|meet|by|written by|posted by|author|作者|联系人)\s*[:：]?\s+|(?:speakers?|moderator|host|panell?ist|chair|in conversation with|主讲人|主持人|嘉宾)\s*[:：]\s*)/i;
/** First characters NAME_PREFIX can start with: other chunks skip the regex. */
const PREFIX_STARTS = new Set([...'aAmMbBwWpPsShHcCiI作联主嘉']);
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

/** The name test, memoised by the caller (the people finder shares it with its other text tests). */
export interface NameTest {
  isName(text: string): boolean;
  isTitle(text: string): boolean;
  /** The site's own brand where the site names itself (see TextTests.isSiteBrand). */
  isSiteBrand?(text: string, el: Element): boolean;
}

/** A plausible person name: reads like a name, and not like a job title or an organisation. */
export function isPlainName(text: string): boolean {
  return looksLikePersonName(text) && !looksLikeJobTitle(text) && !looksLikeOrganization(text);
}

const UNMEMOISED: NameTest = { isName: isPlainName, isTitle: looksLikeJobTitle };

/** The capitalised words ending a text ("speak to Priyanka Desai" -> "Priyanka Desai"). */
const TRAILING_NAME = /(?:^|\s)((?:\p{Lu}[\p{L}'’-]+\s){1,3}\p{Lu}[\p{L}'’-]+)$/u;

/** "… speak to Priyanka Desai (Customs Specialist) on …": a name ending the text before a bracketed title. */
function nameBeforeTitle(text: string, test: NameTest): string | undefined {
  const open = text.indexOf('(');
  if (open < 3) return undefined;
  const close = text.indexOf(')', open);
  if (close < 0 || !test.isTitle(text.slice(open + 1, close))) return undefined;
  const candidate = TRAILING_NAME.exec(text.slice(0, open).trimEnd())?.[1];
  return candidate !== undefined && test.isName(candidate) ? candidate : undefined;
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
/** The answer for containers without a name (most of them): shared, never mutated. */
const NO_NAMES: NameHit[] = [];

export function namesIn(chunks: Chunk[], limit = 2, test: NameTest = UNMEMOISED): NameHit[] {
  // Most containers hold no name: the list is allocated only when a candidate turns up.
  let found: NameHit[] | undefined;
  for (const chunk of chunks) {
    if (chunk.text.length > 200) continue;
    const whole = PREFIX_STARTS.has(chunk.text[0] ?? '')
      ? chunk.text.replace(NAME_PREFIX, '')
      : chunk.text;
    if (!test.isName(whole) || test.isSiteBrand?.(whole, chunk.el)) continue;
    found ??= [];
    if (addName(found, whole, chunk, limit)) return found;
  }
  if (found) return found;
  for (const chunk of chunks) {
    if (chunk.text.length > 200) continue;
    const first =
      segments(chunk.text).find(
        (part) => test.isName(part) && !test.isSiteBrand?.(part, chunk.el),
      ) ?? (chunk.text.includes('(') ? nameBeforeTitle(chunk.text, test) : undefined);
    if (first === undefined) continue;
    found ??= [];
    if (addName(found, first, chunk, limit)) return found;
  }
  return found ?? NO_NAMES;
}

/** Adds one candidate unless it repeats a found name; true when `limit` names are found. */
function addName(found: NameHit[], candidate: string, chunk: Chunk, limit: number): boolean {
  const name = cleanName(candidate);
  if (!name) return false;
  const key = nameKey(name);
  if (found.some((f) => f.key === key || f.key.includes(key) || key.includes(f.key))) return false;
  found.push({ name, key, el: chunk.el });
  return found.length >= limit;
}
