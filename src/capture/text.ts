// Reads the visible text of an element the way a user sees it (block boundaries become spaces).
// Must never read hidden or skipped subtrees (form fields, templates), run page code, or read unbounded text.
import { isHiddenElement, nativeDom } from './visibility';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
  'img',
]);

/** Visible text of `root`, capped at `max` characters and `maxNodes` nodes. Block edges become " | ". */
export function visibleText(root: Element, max = 600, maxNodes = 400, blockMark = ' '): string {
  const only = root.firstChild;
  if (only && only.nodeType === 3 && !only.nextSibling) {
    const text = only.nodeValue ?? '';
    return text.length > max ? text.slice(0, max) : text;
  }
  const doc = root.ownerDocument;
  const out =
    nativeDom() && doc
      ? textByWalker(doc, root, max, maxNodes, blockMark)
      : textByPointers(root, max, maxNodes, blockMark);
  return out.length > max ? out.slice(0, max) : out;
}

/**
 * Browser path: a native TreeWalker showing every node (so the budget counts what the pointer walk
 * counts), moved like the pointer walk, with the open elements' block flags kept on a stack instead of
 * being read again on the way up. About half the DOM calls of the pointer walk; the same text.
 */
function textByWalker(
  doc: Document,
  root: Element,
  max: number,
  maxNodes: number,
  blockMark: string,
): string {
  const walker = doc.createTreeWalker(root, 0xffffffff);
  // open[d]: whether the element entered at depth d (1-based) is a block; open[0] is the root's.
  const open: boolean[] = [];
  let out = '';
  let visited = 0;
  let node: Node | null = walker.firstChild();
  while (node && out.length < max && visited < maxNodes) {
    visited += 1;
    let descend = false;
    let block = false;
    // Elements have no value; text, comments and processing instructions do.
    const value = node.nodeValue;
    if (value === null) {
      const tag = (node as Element).localName;
      block = BLOCK_TAGS.has(tag);
      if (block) out += blockMark;
      if (tag !== 'img') descend = !isHiddenElement(node as Element, tag);
    } else if (node.nodeType === 3) {
      out += value;
    }
    if (descend) {
      const child = walker.firstChild();
      if (child) {
        open.push(block);
        node = child;
        continue;
      }
    }
    node = walker.nextSibling();
    while (!node) {
      if (open.length === 0) {
        // Leaving the root's last child: the root's own closing mark, as the pointer walk adds it.
        if (BLOCK_TAGS.has(root.localName)) out += blockMark;
        break;
      }
      if (open.pop()) out += blockMark;
      walker.parentNode();
      node = walker.nextSibling();
    }
  }
  return out;
}

function textByPointers(root: Element, max: number, maxNodes: number, blockMark: string): string {
  let out = '';
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && out.length < max && visited < maxNodes) {
    visited += 1;
    let descend = false;
    const type = node.nodeType;
    if (type === 3) {
      out += node.nodeValue ?? '';
    } else if (type === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (BLOCK_TAGS.has(tag)) out += blockMark;
      if (tag !== 'img') descend = !isHiddenElement(el, tag);
    }
    const child = descend ? node.firstChild : null;
    if (child) {
      node = child;
      continue;
    }
    let next: Node | null = node.nextSibling;
    while (!next && node && node !== root) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName))
        out += blockMark;
      next = node && node !== root ? node.nextSibling : null;
    }
    if (!next) break;
    node = next;
  }
  return out;
}
