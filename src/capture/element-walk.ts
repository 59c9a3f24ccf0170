// Visits the descendant elements of a root in document order, letting the caller skip subtrees, with as
// few DOM calls as the DOM allows: a native TreeWalker in browsers (one call per step), sibling and parent
// pointers elsewhere. Must never leave the root, recurse, or visit more than `maxNodes` elements.
import { nativeDom } from './visibility';

/** Called for each element with its tag; returns true to visit the element's children. */
export type ElementVisitor = (el: Element, tag: string) => boolean;

export function walkElements(root: Element, maxNodes: number, visit: ElementVisitor): void {
  const doc = root.ownerDocument;
  if (nativeDom() && doc) walkWithTreeWalker(doc, root, maxNodes, visit);
  else walkWithPointers(root, maxNodes, visit);
}

function walkWithTreeWalker(
  doc: Document,
  root: Element,
  maxNodes: number,
  visit: ElementVisitor,
): void {
  const walker = doc.createTreeWalker(root, 0x1);
  let node = walker.nextNode();
  for (let visited = 0; node && visited < maxNodes; visited += 1) {
    const el = node as Element;
    if (visit(el, el.localName)) {
      node = walker.nextNode();
      continue;
    }
    // Past this element's subtree: the walker's steps never leave the root.
    node = walker.nextSibling();
    while (!node && walker.parentNode()) node = walker.nextSibling();
  }
}

function walkWithPointers(root: Element, maxNodes: number, visit: ElementVisitor): void {
  let node: Element | null = root.firstElementChild;
  for (let visited = 0; node && visited < maxNodes; visited += 1) {
    const el: Element = node;
    if (visit(el, el.localName) && el.firstElementChild) {
      node = el.firstElementChild;
      continue;
    }
    let next: Element | null = el;
    while (next && next !== root && !next.nextElementSibling) next = next.parentElement;
    node = next && next !== root ? next.nextElementSibling : null;
  }
}
