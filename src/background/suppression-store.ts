// The keyed-hash suppression list kept in extension storage (`consent.suppression`) and the
// check run before a lead is saved. Must never store or accept raw identifiers: entries are
// `hmac-sha256:` hashes made with the tenant key; malformed entries are ignored.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { checkSuppression, type LeadDraft, type SuppressionResult } from '@src/consent';
import { tenantHmacKey } from './tenant-key';

export const SUPPRESSION_KEY = 'consent.suppression';

const EntrySchema = v.pipe(v.string(), v.regex(/^hmac-sha256:[A-Za-z0-9_-]{43}$/));

export async function readSuppressionEntries(): Promise<string[]> {
  const raw: unknown = (await browser.storage.local.get(SUPPRESSION_KEY))[SUPPRESSION_KEY];
  const list = (raw as { entries?: unknown } | undefined)?.entries;
  if (!Array.isArray(list)) return [];
  return list.filter((entry): entry is string => v.is(EntrySchema, entry));
}

export async function writeSuppressionEntries(entries: readonly string[]): Promise<void> {
  const valid = entries.filter((entry) => v.is(EntrySchema, entry));
  await browser.storage.local.set({ [SUPPRESSION_KEY]: { entries: valid } });
}

export async function suppressionFor(
  draft: Pick<LeadDraft, 'emails' | 'phones' | 'urls'>,
): Promise<SuppressionResult> {
  const entries = await readSuppressionEntries();
  if (entries.length === 0) return { suppressed: false };
  return checkSuppression(draft, { entries }, await tenantHmacKey());
}
