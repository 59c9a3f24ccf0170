// Small helpers to build drafts field by field, recording provenance as values are added.
// Must never add a value without its provenance, or the same value twice.
import type { CaptureMethod, PersonField } from '@src/lead/provenance';
import type { CaptureContext, ProspectDraft } from './types';

type ListField = 'emails' | 'phones' | 'urls';
type TextField = Exclude<PersonField, ListField>;

export function emptyDraft(): ProspectDraft {
  return { emails: [], phones: [], urls: [], provenance: {} };
}

export function cleanText(raw: unknown, max = 300): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/[\p{Cc}\u200b-\u200f\u2028\u2029\ufeff]/gu, ' ');
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (!collapsed) return undefined;
  return collapsed.length > max ? collapsed.slice(0, max) : collapsed;
}

function note(
  draft: ProspectDraft,
  field: PersonField,
  method: CaptureMethod,
  locator: string,
  ctx: CaptureContext,
): void {
  const list = (draft.provenance[field] ??= []);
  if (list.length < 20) {
    list.push({
      method,
      locator: locator.slice(0, 512),
      pageUrl: ctx.pageUrl,
      capturedAt: ctx.capturedAt,
    });
  }
}

export function setText(
  draft: ProspectDraft,
  field: TextField,
  raw: unknown,
  method: CaptureMethod,
  locator: string,
  ctx: CaptureContext,
): void {
  const value = cleanText(raw);
  if (!value || draft[field]) return;
  draft[field] = value;
  note(draft, field, method, locator, ctx);
}

export function addToList(
  draft: ProspectDraft,
  field: ListField,
  raw: unknown,
  method: CaptureMethod,
  locator: string,
  ctx: CaptureContext,
): void {
  const value = cleanText(raw, 2048);
  if (!value || draft[field].includes(value) || draft[field].length >= 20) return;
  draft[field].push(value);
  note(draft, field, method, locator, ctx);
}
