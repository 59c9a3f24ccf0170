// Merges drafts that describe the same person (shared email, profile URL or same name and organisation).
// Must never drop a field's provenance when merging, or merge two people on a name alone across organisations.
import type { PersonField } from '@src/lead/provenance';
import type { ProspectDraft } from './types';

const TEXT_FIELDS = ['name', 'jobTitle', 'organization', 'locality', 'region', 'country'] as const;
const LIST_FIELDS = ['emails', 'phones', 'urls'] as const;

function nameKey(draft: ProspectDraft): string | undefined {
  if (!draft.name) return undefined;
  return `${draft.name.normalize('NFKC').toLowerCase().replace(/\s+/g, '')}|${(draft.organization ?? '').toLowerCase()}`;
}

function keys(draft: ProspectDraft): string[] {
  const out = [
    ...draft.emails.map((e) => `e:${e.toLowerCase()}`),
    ...draft.urls.map((u) => `u:${u.replace(/\/+$/, '').toLowerCase()}`),
  ];
  const nk = nameKey(draft);
  if (nk) out.push(`n:${nk}`);
  return out;
}

function absorb(target: ProspectDraft, source: ProspectDraft): void {
  for (const field of TEXT_FIELDS) {
    if (!target[field] && source[field]) {
      target[field] = source[field];
      target.provenance[field] = source.provenance[field] ?? [];
    }
  }
  for (const field of LIST_FIELDS) {
    for (const value of source[field]) {
      if (!target[field].includes(value)) target[field].push(value);
    }
    const merged = [...(target.provenance[field] ?? []), ...(source.provenance[field] ?? [])];
    if (merged.length) target.provenance[field as PersonField] = merged.slice(0, 20);
  }
}

export function mergeDrafts(drafts: ProspectDraft[]): ProspectDraft[] {
  const result: ProspectDraft[] = [];
  const index = new Map<string, ProspectDraft>();
  for (const draft of drafts) {
    const match = keys(draft)
      .map((k) => index.get(k))
      .find((d) => d !== undefined);
    if (match) absorb(match, draft);
    const target = match ?? draft;
    if (!match) result.push(draft);
    for (const k of keys(target)) index.set(k, target);
  }
  return result;
}
