// The keys the merge compares drafts by (person name, organisation, contact URL), memoised for one merge
// step, and the index of where each key was first seen. Must never keep page text after the step
// (withMergeKeys clears the memos) or treat two different person names as one.
import { nameKey } from './names-in';
import { stripHonorific } from './patterns';
import type { ProspectDraft } from './types';

/** Name, organisation and URL keys by text, while one merge step runs (each draft's keys are asked for
 * several times, and most people of a page share an organisation). */
const nameKeys = new Map<string, string>();
const orgKeys = new Map<string, string>();
const urlKeys = new Map<string, string>();

/** The key of `text` from `table`, computed once per merge step. */
function memoised(
  table: Map<string, string>,
  text: string,
  compute: (text: string) => string,
): string {
  let key = table.get(text);
  if (key === undefined) {
    key = compute(text);
    table.set(text, key);
  }
  return key;
}

const personNameKey = (name: string): string => nameKey(stripHonorific(name));

export function personKey(draft: ProspectDraft): string | undefined {
  return draft.name ? memoised(nameKeys, draft.name, personNameKey) : undefined;
}

export function withMergeKeys<T>(task: () => T): T {
  try {
    return task();
  } finally {
    nameKeys.clear();
    orgKeys.clear();
    urlKeys.clear();
  }
}

export function orgKey(draft: ProspectDraft): string {
  return memoised(orgKeys, draft.organization ?? '', organizationKey);
}

function organizationKey(organization: string): string {
  return organization
    .normalize('NFKC')
    .toLowerCase()
    .replace(
      /\b(?:inc|ltd|llc|plc|gmbh|corp|co|limited|corporation|company)\b\.?|有限公司|股份|公司|[\s.,'’&-]/g,
      '',
    );
}

function urlKey(url: string): string {
  return memoised(urlKeys, url, normalisedUrl);
}

function normalisedUrl(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/[/#?]+$/, '');
}

export function compatible(a: ProspectDraft, b: ProspectDraft): boolean {
  const ka = personKey(a);
  const kb = personKey(b);
  return !ka || !kb || ka === kb;
}

/** Where each contact and each name-with-organisation was first seen (no key strings to build). */
export class MergeIndex {
  private readonly emails = new Map<string, ProspectDraft>();
  private readonly urls = new Map<string, ProspectDraft>();
  /** Person key, then organisation key. */
  private readonly names = new Map<string, Map<string, ProspectDraft>>();

  /** The first indexed draft sharing a key with `draft` (emails, then URLs, then name) that fits it. */
  find(draft: ProspectDraft): ProspectDraft | undefined {
    for (const email of draft.emails) {
      const found = this.emails.get(email.toLowerCase());
      if (found !== undefined && compatible(found, draft)) return found;
    }
    for (const url of draft.urls) {
      const found = this.urls.get(urlKey(url));
      if (found !== undefined && compatible(found, draft)) return found;
    }
    const person = personKey(draft);
    const found = person ? this.names.get(person)?.get(orgKey(draft)) : undefined;
    return found !== undefined && compatible(found, draft) ? found : undefined;
  }

  /** Files `draft`'s keys (those not filed yet) under itself. */
  add(draft: ProspectDraft): void {
    for (const email of draft.emails) {
      const key = email.toLowerCase();
      if (!this.emails.has(key)) this.emails.set(key, draft);
    }
    for (const url of draft.urls) {
      const key = urlKey(url);
      if (!this.urls.has(key)) this.urls.set(key, draft);
    }
    const person = personKey(draft);
    if (!person) return;
    let byOrganization = this.names.get(person);
    if (!byOrganization) {
      byOrganization = new Map();
      this.names.set(person, byOrganization);
    }
    const organization = orgKey(draft);
    if (!byOrganization.has(organization)) byOrganization.set(organization, draft);
  }
}
