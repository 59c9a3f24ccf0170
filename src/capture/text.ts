// Reads the visible text of an element the way a user sees it (block boundaries become spaces).
// Must never read hidden or skipped subtrees (form fields, templates), run page code, or read unbounded text.
import { isHiddenElement } from './visibility';

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
  let out = '';
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node && out.length < max && visited < maxNodes) {
    visited += 1;
    let descend = false;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const block = BLOCK_TAGS.has(el.localName);
      if (block) out += blockMark;
      if (el.localName !== 'img') descend = !isHiddenElement(el);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName))
        out += blockMark;
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return out.length > max ? out.slice(0, max) : out;
}
