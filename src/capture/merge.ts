// Merges drafts that describe the same person (shared email, profile URL or same name and organisation),
// after dropping role addresses and addresses shared by several people. Must never drop a kept field's
// provenance when merging, or merge two differently named people.
import type { Provenance } from '@src/lead/provenance';
import { listKey } from './draft';
import { isRoleEmail } from './patterns';
import { MergeIndex, personKey, withMergeKeys } from './merge-keys';
import type { CaptureContext, ProspectDraft } from './types';

const TEXT_FIELDS = ['name', 'jobTitle', 'organization', 'locality', 'region', 'country'] as const;
const LIST_FIELDS = ['emails', 'phones', 'urls'] as const;
type ListField = (typeof LIST_FIELDS)[number];
const UNSTRUCTURED = new Set(['link', 'text']);
/** Owner marker for an email several different people carry (never equal to a person key). */
const SHARED = Symbol('shared');

function removeAt(
  draft: ProspectDraft,
  field: ListField,
  keep: (value: string, prov?: Provenance) => boolean,
): void {
  const list = draft.provenance[field] ?? [];
  const current = draft[field];
  // Nothing to drop and provenance already one per value: the rebuild below would change nothing.
  if (
    list.length === current.length &&
    list.length > 0 &&
    current.every((v, i) => keep(v, list[i]))
  )
    return;
  const values: string[] = [];
  const provs: Provenance[] = [];
  current.forEach((value, i) => {
    if (keep(value, list[i])) {
      values.push(value);
      if (list[i]) provs.push(list[i]);
    }
  });
  draft[field] = values;
  if (provs.length) draft.provenance[field] = provs;
  else delete draft.provenance[field];
}

/** Role addresses found by the unstructured readers, and addresses several people share, are not personal. */
export function dropSharedContacts(drafts: ProspectDraft[], ctx: CaptureContext): void {
  withMergeKeys(() => dropShared(drafts, ctx));
}

function dropShared(drafts: ProspectDraft[], ctx: CaptureContext): void {
  // The one person key seen with each email, or SHARED once a second, different one is seen.
  const owners = new Map<string, string | typeof SHARED>();
  for (const draft of drafts) {
    const owner = personKey(draft);
    if (!owner) continue;
    for (const email of draft.emails) {
      const key = email.toLowerCase();
      const known = owners.get(key);
      if (known === undefined) owners.set(key, owner);
      else if (known !== owner) owners.set(key, SHARED);
    }
  }
  // Phones: an office number on several people's cards is no one's own. The owner is the first name, so
  // one person written two ways ("Jane A. Doe", "Jane Doe") keeps a number both records carry.
  const phoneOwners = new Map<string, string | typeof SHARED>();
  const phoneKey = (p: string): string => p.replace(/\D/g, '').slice(-9);
  for (const draft of drafts) {
    const owner = draft.name?.trim().split(/\s+/)[0]?.toLowerCase();
    if (!owner) continue;
    for (const phone of new Set(draft.phones.map(phoneKey))) {
      const known = phoneOwners.get(phone);
      if (known === undefined) phoneOwners.set(phone, owner);
      else if (known !== owner) phoneOwners.set(phone, SHARED);
    }
  }
  for (const draft of drafts)
    removeAt(draft, 'phones', (phone) => phoneOwners.get(phoneKey(phone)) !== SHARED);
  let dropped = 0;
  for (const draft of drafts) {
    const before = draft.emails.length;
    removeAt(draft, 'emails', (email, prov) => {
      if (owners.get(email.toLowerCase()) === SHARED) return false;
      // The cheap test first: only addresses the unstructured readers found are checked for a role.
      return !((!prov || UNSTRUCTURED.has(prov.method)) && isRoleEmail(email));
    });
    dropped += before - draft.emails.length;
  }
  if (dropped > 0)
    ctx.diagnostics.push({
      code: 'shared-emails-dropped',
      message: `${dropped} role or shared email addresses were not attributed to a person`,
    });
}

function absorb(target: ProspectDraft, source: ProspectDraft): void {
  for (const field of TEXT_FIELDS) {
    const value = source[field];
    if (!value) continue;
    if (!target[field]) {
      target[field] = value;
      target.provenance[field] = source.provenance[field] ?? [];
    } else if (target[field]?.toLowerCase() === value.toLowerCase()) {
      const merged = [...(target.provenance[field] ?? []), ...(source.provenance[field] ?? [])];
      target.provenance[field] = merged.slice(0, 20);
    }
  }
  for (const field of LIST_FIELDS) {
    const provs = source.provenance[field] ?? [];
    source[field].forEach((value, i) => {
      const key = listKey(field, value);
      if (target[field].length >= 20) return;
      if (target[field].some((v) => listKey(field, v) === key)) return;
      target[field].push(value);
      const list = (target.provenance[field] ??= []);
      if (provs[i]) list.push(provs[i]);
    });
  }
}

export function mergeDrafts(drafts: ProspectDraft[]): ProspectDraft[] {
  return withMergeKeys(() => merge(drafts));
}

/** Capture's last step: drop shared and role contacts, then merge (name keys computed once for both). */
export function dropSharedAndMerge(
  drafts: ProspectDraft[],
  ctx: CaptureContext,
  hasContent: (draft: ProspectDraft) => boolean,
): ProspectDraft[] {
  return withMergeKeys(() => {
    dropShared(drafts, ctx);
    return merge(drafts.filter(hasContent)).filter(hasContent);
  });
}

function merge(drafts: ProspectDraft[]): ProspectDraft[] {
  const result: ProspectDraft[] = [];
  const index = new MergeIndex();
  for (const draft of drafts) {
    const match = index.find(draft);
    if (match) absorb(match, draft);
    else result.push(draft);
    // A merged draft may carry new keys now; an unmatched one files its own.
    index.add(match ?? draft);
  }
  return mergeByName(result);
}

/** A draft without organisation joins the only other draft with the same name. */
function mergeByName(drafts: ProspectDraft[]): ProspectDraft[] {
  const byName = new Map<string, ProspectDraft[]>();
  for (const draft of drafts) {
    const pk = personKey(draft);
    if (!pk) continue;
    const group = byName.get(pk);
    if (group) group.push(draft);
    else byName.set(pk, [draft]);
  }
  const absorbed = new Set<ProspectDraft>();
  for (const group of byName.values()) {
    if (group.length !== 2) continue;
    const [a, b] = group as [ProspectDraft, ProspectDraft];
    if (a.organization && b.organization) continue;
    const [keep, drop] = a.organization || !b.organization ? [a, b] : [b, a];
    absorb(keep, drop);
    absorbed.add(drop);
  }
  return drafts.filter((d) => !absorbed.has(d));
}
