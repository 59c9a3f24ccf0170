// Reads mailto: and tel: links and ties each to the nearest person context on the page.
// Must never read form values, hidden links, or link text as an address when the href disagrees.
import { addToList, emptyDraft, setText } from './draft';
import type { CaptureContext, ProspectDraft } from './types';
import { isFormControl, isVisible } from './visibility';

const CONTEXT_SELECTOR =
  '[itemtype*="Person" i], .h-card, .vcard, li, article, section, tr, address, figure, .card, .person, .profile, .team-member, .author';
const NAME_SELECTOR = '[itemprop="name"], .p-name, .fn, h1, h2, h3, h4, h5, h6, strong, b';
const TITLE_SELECTOR = '[itemprop="jobTitle"], .p-job-title, .title, .role, .job-title, .position';

function cssPath(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && parts.length < 6) {
    const parent: Element | null = node.parentElement;
    const tag = node.tagName.toLowerCase();
    if (node.id && /^[A-Za-z][\w-]*$/.test(node.id)) {
      parts.unshift(`${tag}#${node.id}`);
      break;
    }
    const index = parent ? Array.prototype.indexOf.call(parent.children, node) + 1 : 1;
    parts.unshift(`${tag}:nth-child(${index})`);
    node = parent;
  }
  return parts.join(' > ');
}

function decodeHref(href: string, scheme: 'mailto' | 'tel'): string | undefined {
  const rest = href.replace(new RegExp(`^\\s*${scheme}:`, 'i'), '').split('?')[0] ?? '';
  try {
    return decodeURIComponent(rest).trim() || undefined;
  } catch {
    return rest.trim() || undefined;
  }
}

export function extractLinks(doc: Document, ctx: CaptureContext): ProspectDraft[] {
  const byContext = new Map<Element, ProspectDraft>();
  const anchors = doc.querySelectorAll('a[href^="mailto:" i], a[href^="tel:" i]');
  anchors.forEach((anchor) => {
    if (!isVisible(anchor) || isFormControl(anchor)) return;
    const href = anchor.getAttribute('href') ?? '';
    const isMail = /^\s*mailto:/i.test(href);
    const value = decodeHref(href, isMail ? 'mailto' : 'tel');
    if (!value) return;
    const context = anchor.closest(CONTEXT_SELECTOR) ?? anchor.parentElement ?? anchor;
    let draft = byContext.get(context);
    if (!draft) {
      draft = emptyDraft();
      byContext.set(context, draft);
      const nameEl = context.querySelector(NAME_SELECTOR);
      if (
        nameEl &&
        isVisible(nameEl) &&
        !nameEl.closest('a[href^="mailto:" i], a[href^="tel:" i]')
      ) {
        setText(draft, 'name', nameEl.textContent, 'text', cssPath(nameEl), ctx);
      }
      const titleEl = context.querySelector(TITLE_SELECTOR);
      if (titleEl && isVisible(titleEl)) {
        setText(draft, 'jobTitle', titleEl.textContent, 'text', cssPath(titleEl), ctx);
      }
    }
    for (const part of value.split(/[,;]/)) {
      addToList(draft, isMail ? 'emails' : 'phones', part, 'link', cssPath(anchor), ctx);
    }
  });
  return [...byContext.values()];
}
