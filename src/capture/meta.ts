// Reads the page's author and profile metadata (<meta name=author>, article:author, profile:*, rel=author/me).
// Must never invent values (no handle-to-URL guessing) or take an organisation name as an author.
import { addToList, emptyDraft, hasContent, setText } from './draft';
import { looksLikePersonName } from './patterns';
import type { CaptureContext, ProspectDraft } from './types';
import { visibleText } from './text';

function attr(el: Element, name: string): string {
  return (el.getAttribute(name) ?? '').trim();
}

export function extractMeta(
  metas: Element[],
  authorLinks: Element[],
  ctx: CaptureContext,
): ProspectDraft[] {
  const draft = emptyDraft();
  let first = '';
  let last = '';
  const me: Element[] = [];
  for (const el of metas.slice(0, 500)) {
    if (el.localName === 'link') {
      const rel = ` ${attr(el, 'rel').toLowerCase()} `;
      if (rel.includes(' author ')) addToList(draft, 'urls', attr(el, 'href'), 'meta', el, ctx);
      if (rel.includes(' me ')) me.push(el);
      continue;
    }
    const key = (attr(el, 'name') || attr(el, 'property')).toLowerCase();
    const content = attr(el, 'content');
    if (!content) continue;
    if (
      key === 'author' ||
      key === 'dc.creator' ||
      key === 'citation_author' ||
      key === 'article:author' ||
      key === 'book:author'
    ) {
      if (/^https?:\/\//i.test(content)) addToList(draft, 'urls', content, 'meta', el, ctx);
      else if (looksLikePersonName(content)) setText(draft, 'name', content, 'meta', el, ctx);
    } else if (key === 'profile:first_name') first = content;
    else if (key === 'profile:last_name') last = content;
  }
  if (!draft.name && (first || last)) {
    const el = metas.find((m) => attr(m, 'property').toLowerCase().startsWith('profile:'));
    setText(draft, 'name', `${first} ${last}`, 'meta', el ?? 'meta', ctx);
  }
  const drafts: ProspectDraft[] = [];
  if (draft.name) {
    for (const el of me.slice(0, 20)) addToList(draft, 'urls', attr(el, 'href'), 'meta', el, ctx);
    drafts.push(draft);
  }
  for (const link of authorLinks.slice(0, 50)) {
    if (ctx.visibility && !ctx.visibility.isVisible(link, true)) continue;
    const name = visibleText(link, 120);
    if (!looksLikePersonName(name)) continue;
    const byline = emptyDraft();
    setText(byline, 'name', name, 'link', link, ctx);
    addToList(byline, 'urls', attr(link, 'href'), 'link', link, ctx);
    if (hasContent(byline)) drafts.push(byline);
  }
  return drafts;
}
