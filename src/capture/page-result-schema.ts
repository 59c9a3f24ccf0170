// Validates what the injected page script returned before the background uses it.
// Page content is hostile: must never let an oversized or mis-shaped draft through.
import * as v from 'valibot';
import { PERSON_FIELDS, ProvenanceSchema } from '@src/lead/provenance';
import type { PageHints, ProspectDraft } from './types';

const Text = v.optional(v.pipe(v.string(), v.maxLength(2048)));
const List = v.pipe(v.array(v.pipe(v.string(), v.maxLength(2048))), v.maxLength(50));

export const PageDraftSchema = v.object({
  name: Text,
  jobTitle: Text,
  organization: Text,
  emails: List,
  phones: List,
  urls: List,
  locality: Text,
  region: Text,
  country: Text,
  provenance: v.record(
    v.picklist(PERSON_FIELDS),
    v.pipe(v.array(ProvenanceSchema), v.maxLength(50)),
  ),
});

const PageResultSchema = v.object({
  pageUrl: v.pipe(v.string(), v.maxLength(2048), v.url()),
  drafts: v.pipe(v.array(v.unknown()), v.maxLength(5000)),
  diagnostics: v.pipe(
    v.array(
      v.object({
        code: v.pipe(v.string(), v.maxLength(100)),
        message: v.pipe(v.string(), v.maxLength(300)),
      }),
    ),
    v.maxLength(200),
  ),
  pageHints: v.object({
    lang: v.optional(v.pipe(v.string(), v.maxLength(35))),
    tld: v.optional(v.pipe(v.string(), v.maxLength(63))),
    country: v.optional(v.pipe(v.string(), v.maxLength(60))),
  }),
});

export interface CheckedPageResult {
  pageUrl: string;
  drafts: ProspectDraft[];
  diagnostics: { code: string; message: string }[];
  pageHints: PageHints;
  rejectedDrafts: number;
}

export function checkPageResult(raw: unknown): CheckedPageResult | undefined {
  const parsed = v.safeParse(PageResultSchema, raw);
  if (!parsed.success) return undefined;
  const drafts: ProspectDraft[] = [];
  let rejectedDrafts = 0;
  for (const candidate of parsed.output.drafts) {
    const draft = v.safeParse(PageDraftSchema, candidate);
    if (draft.success) drafts.push(draft.output);
    else rejectedDrafts += 1;
  }
  return {
    pageUrl: parsed.output.pageUrl,
    drafts,
    diagnostics: parsed.output.diagnostics,
    pageHints: parsed.output.pageHints,
    rejectedDrafts,
  };
}
