// The keyed-hash suppression list and the check run before a person is captured, saved or sent.
// Entries come from the policy (`suppression.entries`) and from the connector (kept in extension
// storage as `consent.suppression` by suppression-refresh); both are hashed with the policy's
// organisation key (`suppression.hashKey`) by the consent domain's keyedIdentifierHash. Without
// that key no list applies. Must never store or accept raw identifiers (malformed entries are
// ignored), nor reveal which identifier matched.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  checkSuppression,
  importSuppressionKey,
  type LeadDraft,
  type SuppressionResult,
} from '@src/consent';
import type { Policy } from '@src/policy';

export const SUPPRESSION_KEY = 'consent.suppression';

export const SuppressionEntrySchema = v.pipe(
  v.string(),
  v.regex(/^hmac-sha256:[A-Za-z0-9_-]{43}$/),
);

export async function readSuppressionEntries(): Promise<string[]> {
  const raw: unknown = (await browser.storage.local.get(SUPPRESSION_KEY))[SUPPRESSION_KEY];
  const list = (raw as { entries?: unknown } | undefined)?.entries;
  if (!Array.isArray(list)) return [];
  return list.filter((entry): entry is string => v.is(SuppressionEntrySchema, entry));
}

export async function writeSuppressionEntries(entries: readonly string[]): Promise<void> {
  const valid = [...new Set(entries.filter((entry) => v.is(SuppressionEntrySchema, entry)))];
  await browser.storage.local.set({ [SUPPRESSION_KEY]: { entries: valid.sort() } });
}

let cachedKey: { text: string; key: Promise<CryptoKey> } | undefined;

function organisationKey(text: string): Promise<CryptoKey> {
  if (cachedKey?.text !== text) cachedKey = { text, key: importSuppressionKey(text) };
  return cachedKey.key;
}

type Identifiers = Pick<LeadDraft, 'emails' | 'phones' | 'urls'>;

export async function suppressionFor(
  draft: Identifiers,
  policy: Policy,
): Promise<SuppressionResult> {
  const hashKey = policy.suppression.hashKey;
  if (hashKey === undefined) return { suppressed: false };
  const entries = [...(policy.suppression.entries ?? []), ...(await readSuppressionEntries())];
  if (entries.length === 0) return { suppressed: false };
  return checkSuppression(draft, { entries }, await organisationKey(hashKey));
}

/** Drops the drafts of suppressed people; says only whether any was dropped. */
export async function withoutSuppressed<T extends { person: Identifiers }>(
  drafts: readonly T[],
  policy: Policy,
): Promise<{ kept: T[]; leftOut: boolean }> {
  const kept: T[] = [];
  for (const draft of drafts) {
    if (!(await suppressionFor(draft.person, policy)).suppressed) kept.push(draft);
  }
  return { kept, leftOut: kept.length < drafts.length };
}
