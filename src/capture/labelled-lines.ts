// Agenda lines that name people after a label: "Speaker: Elena Marchetti, VP Engineering, Cirrus Data",
// "Speakers: A, Title, Org; B, Title at Org", "Moderator: …", "主持人：…": one draft per person named.
// Must never read outside the line's own visible chunks, and never take a committee or a team for a person
// (every name still passes the person-name test).
import { addToList, emptyDraft, setText } from './draft';
import { chunksOf, type Chunk } from './chunks';
import type { TextTests } from './text-tests';
import type { CaptureContext, ProspectDraft } from './types';

export const PERSON_LABEL =
  /^(?:speakers?|moderators?|moderated by|hosts?|hosted by|panell?ists?|chairs?|chaired by|presenters?|presented by|in conversation with|主讲人|主讲嘉宾|主持人|嘉宾|演讲嘉宾|演讲人)\s*[:：]\s*/i;
/** First characters PERSON_LABEL can start with: other lines skip the regex. */
const LABEL_STARTS = new Set([...'sSmMhHpPcCiI主嘉演']);
const MAX_PEOPLE = 8;

/** The line without its person label, or undefined when it has none. */
export function withoutPersonLabel(text: string): string | undefined {
  if (!LABEL_STARTS.has(text[0] ?? '')) return undefined;
  const match = PERSON_LABEL.exec(text);
  return match ? text.slice(match[0].length) : undefined;
}

/** The chunk (text node) of the line that holds `value`, for provenance and the name's link. */
function chunkWith(chunks: Chunk[], value: string): Chunk | undefined {
  return chunks.find((chunk) => chunk.text.includes(value));
}

function readEntry(
  entry: string,
  line: Element,
  chunks: Chunk[],
  tests: TextTests,
  ctx: CaptureContext,
): ProspectDraft | undefined {
  const [name, second, third] = entry.split(/\s*[,，]\s*/);
  if (!name || !tests.isName(name)) return undefined;
  const draft = emptyDraft();
  const at = chunkWith(chunks, name);
  setText(draft, 'name', name, 'text', at?.el ?? line, ctx);
  const link = at?.el.closest('a');
  const href = link?.getAttribute('href');
  if (link && href && line.contains(link) && !/^\s*(?:mailto|tel|javascript|#)/i.test(href))
    addToList(draft, 'urls', href, 'link', link, ctx);
  if (!second) return draft;
  const where = chunkWith(chunks, second)?.el ?? line;
  const split = tests.split(second);
  if (split.title) {
    setText(draft, 'jobTitle', split.title, 'text', where, ctx);
    const org = split.org ?? (third && !tests.isTitle(third) ? third : undefined);
    if (org) setText(draft, 'organization', org, 'text', where, ctx);
  } else if (tests.isOrg(second)) {
    setText(draft, 'organization', second, 'text', where, ctx);
  }
  return draft;
}

/** People named on a labelled line (empty when none passes the name test). */
export function readLabelledLine(
  line: Element,
  rest: string,
  tests: TextTests,
  ctx: CaptureContext,
): ProspectDraft[] {
  const chunks = chunksOf(line, 200, 40);
  const out: ProspectDraft[] = [];
  for (const entry of rest.split(/\s*[;；]\s*/).slice(0, MAX_PEOPLE)) {
    const draft = readEntry(entry.trim(), line, chunks, tests, ctx);
    if (draft) out.push(draft);
  }
  return out;
}
