// Builds short CSS locators for provenance ("where on the page did this value come from").
// Must never be quadratic in sibling count (indexes are computed once per parent) or unbounded in length.

const MAX_STEPS = 5;

export class Locator {
  private readonly index = new Map<Element, number>();
  private readonly steps = new Map<Element, string>();

  private position(el: Element): number {
    const known = this.index.get(el);
    if (known !== undefined) return known;
    const parent = el.parentElement;
    if (!parent) return 1;
    let i = 0;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      i += 1;
      this.index.set(child, i);
    }
    return this.index.get(el) ?? 1;
  }

  private step(el: Element): string {
    const known = this.steps.get(el);
    if (known) return known;
    const tag = el.localName || 'x';
    const id = el.getAttribute('id');
    const step =
      id && /^[A-Za-z][\w-]{0,60}$/.test(id)
        ? `${tag}#${id}`
        : `${tag}:nth-child(${this.position(el)})`;
    this.steps.set(el, step);
    return step;
  }

  css(el: Element): string {
    const parts: string[] = [];
    let node: Element | null = el;
    while (node && parts.length < MAX_STEPS) {
      const step = this.step(node);
      parts.unshift(step);
      if (step.includes('#')) break;
      node = node.parentElement;
    }
    return parts.join(' > ');
  }
}
