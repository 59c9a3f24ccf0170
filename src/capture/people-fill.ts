// Completes a person box found by PeopleFinder: name (and its profile link), job title, organisation and
// place from the box's visible text chunks. Must never read outside the box's chunks (the chunker already
// skips hidden and form content) and never overwrite a field a stronger reading has set.
import { addToList, setText } from './draft';
import { segments, type Chunk } from './chunks';
import type { NameHit } from './names-in';
import { looksLikePersonName } from './patterns';
import { CLASS_KIND, type TextTests } from './text-tests';
import type { CaptureContext, ProspectDraft } from './types';
import { classAttr } from './visibility';

export interface Box {
  el: Element;
  draft: ProspectDraft;
  name?: NameHit;
  evidence: number;
  filled: boolean;
}

const CN_ADDRESS =
  /(?:地址|住址)\s*[:：]?\s*(?:([\u4e00-\u9fff]{2,3}省))?\s*([\u4e00-\u9fff]{2,3}市)/;

export function fillBox(box: Box, chunks: Chunk[], tests: TextTests, ctx: CaptureContext): void {
  box.filled = true;
  const draft = box.draft;
  if (box.name) {
    setText(draft, 'name', box.name.name, 'text', box.name.el, ctx);
    const link = box.name.el.closest('a');
    const href = link?.getAttribute('href');
    if (link && href && box.el.contains(link) && !/^\s*(?:mailto|tel|javascript|#)/i.test(href))
      addToList(draft, 'urls', href, 'link', link, ctx);
  }
  fillByClass(box, chunks, tests, ctx);
  fillFromSentence(box, chunks, tests, ctx);
  fillNearName(box, chunks, tests, ctx);
  fillOrgAbove(box, chunks, tests, ctx);
  fillPlace(box, chunks, ctx);
}

/** Titles and organisations sit next to the name: look at a few chunks around it. */
function fillNearName(box: Box, chunks: Chunk[], tests: TextTests, ctx: CaptureContext): void {
  const draft = box.draft;
  const name = box.name?.name;
  const nameAt = box.name
    ? Math.max(
        0,
        chunks.findIndex((c) => c.el === box.name?.el),
      )
    : 0;
  for (const chunk of chunks.slice(Math.max(0, nameAt - 2), nameAt + 8)) {
    if (draft.jobTitle && draft.organization) return;
    if (name !== undefined && chunk.text.includes(name) && chunk.text.length < name.length + 3)
      continue;
    if (/©|rights reserved/i.test(chunk.text)) continue;
    // A line with an email: only its other parts ("职位：销售经理 邮箱：…" still gives the title).
    const hasAt = chunk.text.includes('@');
    const hasName = name !== undefined && chunk.text.includes(name);
    const parts = hasName || hasAt ? segments(chunk.text) : [chunk.text, ...segments(chunk.text)];
    for (let i = 0; i < parts.length; i += 1) {
      const part = parts[i]!;
      if (part === name || (hasAt && part.includes('@'))) continue;
      if (!draft.jobTitle) {
        const split = tests.split(
          part.replace(/^(?:职务|职位|职称|title|position|role)\s*[:：]\s*/i, ''),
        );
        if (split.title) {
          setText(draft, 'jobTitle', split.title, 'text', chunk.el, ctx);
          if (split.org && tests.isOrg(split.org))
            setText(draft, 'organization', split.org, 'text', chunk.el, ctx);
          else if (split.org && !looksLikePersonName(split.org) && part === chunk.text)
            setText(draft, 'organization', split.org, 'text', chunk.el, ctx);
          else if (hasName && !split.org) orgAfterTitle(draft, parts[i + 1], tests, chunk, ctx);
          break;
        }
      }
      if (!draft.organization && tests.isOrg(part) && !tests.isTitle(part)) {
        setText(draft, 'organization', part, 'text', chunk.el, ctx);
        break;
      }
    }
  }
}

/** Directory entries (exhibitor lists): the company heads the entry, several chunks above the contact name. */
function fillOrgAbove(box: Box, chunks: Chunk[], tests: TextTests, ctx: CaptureContext): void {
  if (box.draft.organization || !box.name) return;
  const nameAt = chunks.findIndex((c) => c.el === box.name?.el);
  for (const chunk of chunks.slice(0, Math.max(0, nameAt))) {
    const text = chunk.text.replace(/\s*[(（][^()（）]{1,12}[)）]$/, '');
    if (text.length <= 80 && tests.isOrg(text) && !tests.isTitle(text)) {
      setText(box.draft, 'organization', text, 'text', chunk.el, ctx);
      return;
    }
  }
}

/** "Name, Title, Organisation" on one line: the part after the title, when it reads as an organisation. */
function orgAfterTitle(
  draft: ProspectDraft,
  next: string | undefined,
  tests: TextTests,
  chunk: Chunk,
  ctx: CaptureContext,
): void {
  if (!next || draft.organization || (tests.isTitle(next) && !tests.isOrg(next))) return;
  if (tests.isOrg(next) || (next.includes(' ') && !tests.isPerson(next) && !/\d/.test(next)))
    setText(draft, 'organization', next, 'text', chunk.el, ctx);
}

/** Bios: "<name> is CFO at Ledgerline, Inc., where…" / "serves as Head of Sales for Acme Ltd." */
function fillFromSentence(box: Box, chunks: Chunk[], tests: TextTests, ctx: CaptureContext): void {
  if (box.draft.jobTitle) return;
  for (const chunk of chunks.slice(0, 12)) {
    const role = tests.sentenceRole(chunk.text);
    if (!role || !tests.isTitle(role[0])) continue;
    setText(box.draft, 'jobTitle', role[0], 'text', chunk.el, ctx);
    if (role[1]) setText(box.draft, 'organization', role[1], 'text', chunk.el, ctx);
    return;
  }
}

function fillByClass(box: Box, chunks: Chunk[], tests: TextTests, ctx: CaptureContext): void {
  const draft = box.draft;
  for (const chunk of chunks) {
    const cls = classAttr(chunk.el) ?? '';
    if (!cls) continue;
    const kind = tests.classKind(cls);
    if (kind === CLASS_KIND.none) continue;
    if (!draft.jobTitle && kind & CLASS_KIND.title) {
      const split = tests.split(chunk.text);
      setText(draft, 'jobTitle', split.title ?? chunk.text, 'text', chunk.el, ctx);
      if (split.org) setText(draft, 'organization', split.org, 'text', chunk.el, ctx);
    } else if (!draft.organization && kind & CLASS_KIND.org) {
      setText(draft, 'organization', chunk.text, 'text', chunk.el, ctx);
    } else if (!draft.locality && kind & CLASS_KIND.place) {
      setText(draft, 'locality', chunk.text, 'text', chunk.el, ctx);
    }
  }
}

function fillPlace(box: Box, chunks: Chunk[], ctx: CaptureContext): void {
  for (const chunk of chunks) {
    // Both address labels (地址, 住址) end in 址: chunks without it cannot match.
    if (!chunk.text.includes('址')) continue;
    const match = CN_ADDRESS.exec(chunk.text);
    if (!match) continue;
    if (match[1]) setText(box.draft, 'region', match[1], 'text', chunk.el, ctx);
    if (match[2]) setText(box.draft, 'locality', match[2], 'text', chunk.el, ctx);
    return;
  }
}
