// Finds people the page shows without markup: contact links, visible emails/phones and name headings,
// grouped by the smallest box that holds one person's name. Must never read hidden or form content.
// Candidates come from the page scan, which yields none inside a structured Person root (microdata, RDFa,
// h-card): those people are read by the structured readers only.
import { addToList, emptyDraft } from './draft';
import { chunksOf, segments, type Chunk } from './chunks';
import { namesIn, type NameHit } from './names-in';
import { collapseWhitespace, findEmails, findPhones, isProfileUrl, isRoleEmail } from './patterns';
import { readLabelledLine, withoutPersonLabel } from './labelled-lines';
import { readQuotedPeople } from './quoted-people';
import { rowName } from './row-name';
import { fillBox, type Box } from './people-fill';
import type { PageScan } from './scan';
import { TextTests } from './text-tests';
import type { CaptureContext, ProspectDraft } from './types';
import { visibleText } from './text';
import { classAttr } from './visibility';

const BOX_TAGS = new Set(['li', 'tr', 'article', 'figure', 'address', 'dd', 'aside', 'blockquote']);
const BOX_CLASS =
  /person|people|member|speaker|staff|team|author|profile|employee|bio|card|contact|attendee|faculty|lawyer|attorney|agent|advisor|expert|leader|executive|founder|signature|byline|成员|团队/i;
const STOP_TAGS = new Set(['body', 'html', 'main']);
const MAX_LEVELS = 7;
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'dt']);
const PART_CLASS = /name|title|role|position|mail|phone|tel|social|link|avatar|photo/i;

/** A person box: a list item, row, article… or an element whose class says "person card" (not a part of one). */
function isBox(el: Element): boolean {
  if (BOX_TAGS.has(el.localName)) return true;
  const cls = classAttr(el) ?? '';
  return BOX_CLASS.test(cls) && !PART_CLASS.test(cls);
}

export class PeopleFinder {
  private readonly names = new Map<Element, NameHit[]>();
  private readonly boxes = new Map<Element, Box>();
  private readonly contexts = new Map<Element, Element | null>();

  private readonly tests: TextTests;
  /** Labelled agenda lines ("Speaker: …") read as people, and the people read from them. */
  private readonly lines = new Set<Element>();
  private readonly lineDrafts: ProspectDraft[] = [];

  constructor(private readonly ctx: CaptureContext) {
    this.tests = new TextTests(ctx.brandKeys);
  }

  private readonly chunkCache = new Map<Element, Chunk[]>();

  private chunks(el: Element): Chunk[] {
    let chunks = this.chunkCache.get(el);
    if (!chunks) {
      chunks = chunksOf(el, 800, 80);
      this.chunkCache.set(el, chunks);
    }
    return chunks;
  }

  private namesOf(el: Element): NameHit[] {
    let hits = this.names.get(el);
    if (!hits) {
      hits = namesIn(this.chunks(el), 2, this.tests);
      this.names.set(el, hits);
    }
    return hits;
  }

  /** The largest box (within a few levels) around `start` holding exactly one person name. */
  private contextOf(start: Element): Element | null {
    if (this.contexts.has(start)) return this.contexts.get(start) ?? null;
    let best: Element | null = null;
    let el: Element | null = start;
    const path: Element[] = [];
    for (let level = 0; el && level < MAX_LEVELS && !STOP_TAGS.has(el.localName); level += 1) {
      const known = el === start ? undefined : this.contexts.get(el);
      if (known) {
        for (const step of path) this.contexts.set(step, known);
        return known;
      }
      path.push(el);
      const hits = this.namesOf(el);
      if (hits.length >= 2) {
        if (!best) {
          const below = path[path.length - 2];
          const heading = below ? this.precedingNamed(below) : undefined;
          if (heading) {
            this.contexts.set(start, heading);
            return heading;
          }
        }
        break;
      }
      if (hits.length === 1) {
        best = el;
        if (isBox(el)) {
          const parent: Element | null = el.parentElement;
          // A class-named part box ("exh-contact") inside a list item naming the same one person: climb on.
          // A parent that only wraps the box (<li><div class="card">…</div></li>) adds nothing: stop.
          if (BOX_TAGS.has(el.localName) || !parent || STOP_TAGS.has(parent.localName)) break;
          if (parent.firstChild === el && parent.lastChild === el) break;
          if (this.namesOf(parent).length !== 1) break;
        }
      }
      el = el.parentElement;
    }
    const result =
      best ??
      (start.parentElement && !STOP_TAGS.has(start.parentElement.localName)
        ? start.parentElement
        : start);
    this.contexts.set(start, result);
    if (best) for (const step of path) if (best.contains(step)) this.contexts.set(step, best);
    return result;
  }

  /** "Heading, then paragraphs" layouts: the nearest earlier sibling (a few back) naming one person. */
  private precedingNamed(el: Element): Element | undefined {
    if (BOX_TAGS.has(el.localName)) return undefined;
    let sibling = el.previousElementSibling;
    for (let i = 0; sibling && i < 4; i += 1, sibling = sibling.previousElementSibling) {
      if (!HEADING_TAGS.has(sibling.localName)) continue;
      const hits = this.namesOf(sibling);
      if (hits.length === 1) return sibling;
      if (hits.length > 1) return undefined;
    }
    return undefined;
  }

  private boxFor(start: Element): Box | undefined {
    const el = this.contextOf(start);
    if (!el) return undefined;
    let box = this.boxes.get(el);
    if (!box) {
      // A heading found beside the start (not above it) was not reached by the scan: check its markup.
      const reached = el.contains(start);
      if (this.ctx.visibility && !this.ctx.visibility.isVisible(el, reached)) return undefined;
      const hits = this.namesOf(el);
      box = {
        el,
        draft: emptyDraft(),
        name: hits.length === 1 ? hits[0] : rowName(el, hits),
        evidence: 0,
        filled: false,
      };
      if (isBox(el) && !BOX_TAGS.has(el.localName)) box.evidence += 1;
      this.boxes.set(el, box);
    }
    return box;
  }

  addContactAnchor(anchor: Element): void {
    if (this.ctx.visibility && !this.ctx.visibility.isVisible(anchor, true)) return;
    const href = (anchor.getAttribute('href') ?? '').trim();
    const isMail = /^mailto:/i.test(href);
    let value = href.replace(/^(?:mailto|tel):(?:\/\/)?/i, '').split('?')[0] ?? '';
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep the raw value
    }
    const box = this.boxFor(anchor);
    if (!box) return;
    for (const part of value.split(/[,;]/).slice(0, 5)) {
      const role = isMail && isRoleEmail(part);
      if (
        !role &&
        addToList(box.draft, isMail ? 'emails' : 'phones', part.trim(), 'link', anchor, this.ctx)
      )
        box.evidence += 1;
    }
  }

  addTextHit(el: Element, text: string): void {
    const emails = findEmails(text).filter((email) => !isRoleEmail(email));
    const phones = findPhones(text);
    if (!emails.length && !phones.length) return;
    const box = this.boxFor(el);
    if (!box) return;
    if (this.ctx.visibility && !this.ctx.visibility.isVisible(el, true)) return;
    const at = el;
    for (const email of emails.slice(0, 10))
      addToList(box.draft, 'emails', email, 'text', at, this.ctx);
    for (const phone of phones.slice(0, 10))
      addToList(box.draft, 'phones', phone, 'text', at, this.ctx);
    box.evidence += 1;
  }

  addProfileAnchor(anchor: Element): void {
    const href = anchor.getAttribute('href') ?? '';
    if (!isProfileUrl(href)) return;
    const box = this.boxFor(anchor);
    if (!box || !box.name) return;
    if (addToList(box.draft, 'urls', href, 'link', anchor, this.ctx)) box.evidence += 1;
  }

  addNameSeed(seed: Element): void {
    if (this.lines.size > 0 && this.insideLine(seed)) return;
    const text = collapseWhitespace(visibleText(seed, 120));
    const rest = withoutPersonLabel(text);
    if (rest !== undefined) {
      const full =
        text.length < 120 ? rest : withoutPersonLabel(collapseWhitespace(visibleText(seed, 400)));
      const people = readLabelledLine(seed, full ?? rest, this.tests, this.ctx);
      if (people.length > 0) {
        this.lines.add(seed);
        this.lineDrafts.push(...people);
        return;
      }
    }
    if (text.length > 100) return;
    if (!this.tests.isPerson(text)) {
      const [first, ...rest] = segments(text);
      if (!first || !this.tests.isPerson(first) || !rest.some((part) => this.tests.isTitle(part)))
        return;
      if (this.tests.isSiteBrand(first, seed)) return;
    } else if (this.tests.isSiteBrand(text, seed)) return;
    this.boxFor(seed);
  }

  /** Whether `el` sits in a labelled line already read (a few levels up). */
  private insideLine(el: Element): boolean {
    let at = el.parentElement;
    for (let level = 0; at && level < 3; level += 1, at = at.parentElement)
      if (this.lines.has(at)) return true;
    return false;
  }

  /** Completes each box (name, title, organisation, place, name link) and returns its draft. */
  /** A sentence that may quote people with their title and organisation ("…, said NAME, TITLE of ORG"). */
  addQuoteHit(el: Element, text: string): void {
    if (this.ctx.visibility && !this.ctx.visibility.isVisible(el, true)) return;
    this.lineDrafts.push(...readQuotedPeople(el, text, this.tests, this.ctx));
  }

  finish(scan: PageScan): ProspectDraft[] {
    const out: ProspectDraft[] = [...this.lineDrafts];
    for (const box of this.boxes.values()) {
      if (!box.filled) fillBox(box, this.chunks(box.el), this.tests, this.ctx);
      const hasContact = box.draft.emails.length > 0 || box.draft.phones.length > 0;
      if (box.name && !hasContact && box.evidence === 0 && !box.draft.jobTitle) continue;
      if (!box.name && !box.draft.emails.some((e) => !isRoleEmail(e))) continue;
      out.push(box.draft);
    }
    void scan;
    return out;
  }
}
