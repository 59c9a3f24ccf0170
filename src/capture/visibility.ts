// Decides whether an element is something the user can see on the page.
// Must never read form field values or treat hidden, template or inert content as visible.

/** Elements whose content is never visible page text (or is user input) for capture purposes. */
export const SKIPPED_TAGS = new Set([
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
]);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))/i;

/** Markup-level hiding of this element alone (works without layout, e.g. in Node). */
export function hiddenByMarkup(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return el.localName === 'dialog';
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable === '' || editable === 'true' || editable === 'plaintext-only') return true;
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  if (el.localName === 'dialog' && !el.hasAttribute('open')) return true;
  return false;
}

/** The raw class attribute (via the attribute node: avoids building a token list in some DOMs). */
let knownHidden: Set<Element> | null = null;

/** Runs `task` with the scan's set of hidden elements as the hidden test (a set lookup instead of
 * re-reading attributes); outside it, `isHiddenElement` falls back to `hiddenByMarkup`. */
export function withKnownHidden<T>(hidden: Set<Element>, task: () => T): T {
  knownHidden = hidden;
  try {
    return task();
  } finally {
    knownHidden = null;
  }
}

/** `tag`: the element's local name when the caller has already read it (saves a DOM call). */
export function isHiddenElement(el: Element, tag: string = el.localName): boolean {
  if (!knownHidden) return hiddenByMarkup(el);
  // Skipped tags are hidden wherever they are (also below a hidden element, where the scan stopped).
  // The set is usually small or empty: element-keyed lookups are slow in browsers, so skip it then.
  if (SKIPPED_TAGS.has(tag) || tag === 'meta') return true;
  return knownHidden.size > 0 && knownHidden.has(el);
}

let readViaNode = true;

/** Picks the cheaper class reader: browsers read attributes fast; some Node DOMs build token lists. */
export function useNativeAttributes(native: boolean): void {
  readViaNode = !native;
}

/** True while capture runs on a browser DOM (native TreeWalker, cheap attribute reads). */
export function nativeDom(): boolean {
  return !readViaNode;
}

export function classAttr(el: Element): string | null {
  if (!readViaNode) {
    // The reflected property costs about half of getAttribute('class') in Chromium (no argument to
    // convert). SVG elements answer with an object: they fall back. Callers treat "" as no class.
    const value: unknown = (el as Element & { className: unknown }).className;
    return typeof value === 'string' ? value || null : el.getAttribute('class');
  }
  const node = el.getAttributeNode('class');
  return node ? node.value : null;
}

type CheckableElement = Element & { checkVisibility?: (opts?: object) => boolean };

/** Per-capture visibility oracle with a cache over ancestors; uses layout (checkVisibility) when present. */
export class Visibility {
  private readonly markup = new Map<Element, boolean>();

  /** True when no ancestor (up to the root) is hidden by markup. */
  private markupVisible(el: Element): boolean {
    const chain: Element[] = [];
    let node: Element | null = el;
    let visible = true;
    while (node) {
      const known = this.markup.get(node);
      if (known !== undefined) {
        visible = known;
        break;
      }
      if (hiddenByMarkup(node)) {
        visible = false;
        chain.push(node);
        break;
      }
      chain.push(node);
      node = node.parentElement ?? hostOf(node);
    }
    for (const item of chain) this.markup.set(item, visible);
    return visible;
  }

  /**
   * `reached`: the element was reached by the page scan, whose walk never enters a subtree hidden by
   * markup, so only layout (when present) is left to check.
   */
  isVisible(el: Element, reached = false): boolean {
    if (!reached && !this.markupVisible(el)) return false;
    const withLayout = el as CheckableElement;
    if (typeof withLayout.checkVisibility !== 'function') return true;
    try {
      return withLayout.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    } catch {
      return true;
    }
  }
}

function hostOf(el: Element): Element | null {
  const root = el.parentNode as (Node & { host?: Element }) | null;
  return root && root.nodeType === 11 && root.host ? root.host : null;
}

/** Backwards-compatible single-element check (no cache). */
export function isVisible(el: Element): boolean {
  return new Visibility().isVisible(el);
}

export function isFormControl(el: Element): boolean {
  return el.closest('input, textarea, select, option, [contenteditable="true"]') !== null;
}
