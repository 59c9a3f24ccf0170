// Builds short CSS locators for provenance ("where on the page did this value come from").
// Must never be quadratic in sibling count (long sibling lists are indexed once per parent) or unbounded
// in length. Each element's locator is built once, from its parent's (element-keyed lookups are slow in
// browsers, so there is one per call), and only for values that are kept.

const MAX_STEPS = 5;
/** Up to this many earlier siblings are counted directly; longer lists are indexed once. */
const SHORT_LIST = 24;
const ID = /^[A-Za-z][\w-]{0,60}$/;
const SEPARATOR = ' > ';

interface Built {
  text: string;
  steps: number;
  /** The step is an id: the locator starts here. */
  anchored: boolean;
}

/** Most steps repeat (every card's `h3:nth-child(1)`): the step text per tag and position, made once. */
const MAX_SHARED_POSITION = 64;

export class Locator {
  private readonly index = new Map<Element, number>();
  private readonly built = new Map<Element, Built>();
  private readonly stepTexts = new Map<string, string[]>();

  private stepText(tag: string, at: number): string {
    if (at > MAX_SHARED_POSITION) return `${tag}:nth-child(${at})`;
    let byPosition = this.stepTexts.get(tag);
    if (!byPosition) {
      byPosition = [];
      this.stepTexts.set(tag, byPosition);
    }
    return (byPosition[at] ??= `${tag}:nth-child(${at})`);
  }

  private position(el: Element, parent: Element): number {
    const indexed = this.index.get(el);
    if (indexed !== undefined) return indexed;
    let count = 1;
    let sibling = el.previousElementSibling;
    while (sibling && count <= SHORT_LIST) {
      count += 1;
      sibling = sibling.previousElementSibling;
    }
    if (!sibling) return count;
    let i = 0;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      i += 1;
      this.index.set(child, i);
    }
    return this.index.get(el) ?? 1;
  }

  /** `tag#id`, or `tag:nth-child(n)` (n is 1 for an element without a parent element). */
  private step(el: Element, parent: Element | null): Built {
    const tag = el.localName || 'x';
    // The reflected id is far cheaper than getAttribute('id') in Chromium; "" when there is none.
    const reflected: unknown = (el as Element & { id: unknown }).id;
    const id = typeof reflected === 'string' ? reflected : el.getAttribute('id');
    if (id && ID.test(id)) return { text: `${tag}#${id}`, steps: 1, anchored: true };
    const at = parent ? this.position(el, parent) : 1;
    return { text: this.stepText(tag, at), steps: 1, anchored: false };
  }

  css(el: Element): string {
    const cached = this.built.get(el);
    if (cached) return cached.text;
    // Climb to the nearest element whose locator is known (or the top), then build back down.
    const path: Element[] = [];
    let above: Built | undefined;
    // The parent of the topmost element on the path: the known ancestor, or null at the top.
    let top: Element | null = null;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const known = node === el ? undefined : this.built.get(node);
      if (known) {
        above = known;
        top = node;
        break;
      }
      path.push(node);
    }
    for (let i = path.length - 1; i >= 0; i -= 1) {
      const node = path[i]!;
      const own = this.step(node, i + 1 < path.length ? path[i + 1]! : top);
      let entry = own;
      if (!own.anchored && above) {
        const keep =
          above.steps < MAX_STEPS
            ? above.text
            : above.text.slice(above.text.indexOf(SEPARATOR) + SEPARATOR.length);
        entry = {
          text: `${keep}${SEPARATOR}${own.text}`,
          steps: Math.min(above.steps, MAX_STEPS - 1) + 1,
          anchored: false,
        };
      }
      this.built.set(node, entry);
      above = entry;
    }
    return above!.text;
  }
}
