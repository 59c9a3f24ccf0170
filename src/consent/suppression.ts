// Suppression check: refuses a draft whose email, phone or profile URL is on the keyed-hash list
// of people who objected or were erased. Must never reveal which identifier matched, nor any
// value: the refusal message is the same for every match.
import type { LocalizedText } from './ids';
import type { IdentifierKind } from './identifiers';
import { keyedIdentifierHash } from './keyed-hash';
import type { LeadDraft } from './lead-draft';

/** Entries are `hmac-sha256:<base64url>` of `<kind>:<normalised identifier>` (see keyed-hash). */
export interface SuppressionList {
  readonly entries: readonly string[];
}

export const SUPPRESSED_MESSAGE: LocalizedText = {
  en: 'This person has asked not to be contacted or to be erased. The lead cannot be saved or sent.',
  zh: '此人已要求不被联系或要求删除其数据。该潜在客户无法保存或发送。',
};

export type SuppressionResult =
  | { readonly suppressed: false }
  | { readonly suppressed: true; readonly code: 'suppressed'; readonly message: LocalizedText };

/** Hashes one identifier for a suppression list (used by the connector and the policy tools). */
export async function suppressionEntry(
  kind: IdentifierKind,
  value: string,
  key: CryptoKey,
): Promise<string | undefined> {
  return keyedIdentifierHash(kind, value, key);
}

export async function checkSuppression(
  draft: Pick<LeadDraft, 'emails' | 'phones' | 'urls'>,
  list: SuppressionList,
  key: CryptoKey,
): Promise<SuppressionResult> {
  const listed = new Set(list.entries);
  const candidates: [IdentifierKind, string][] = [
    ...draft.emails.map((value): [IdentifierKind, string] => ['email', value]),
    ...draft.phones.map((value): [IdentifierKind, string] => ['phone', value]),
    ...draft.urls.map((value): [IdentifierKind, string] => ['url', value]),
  ];
  // Every identifier is hashed (no early exit), so the work done does not depend on which matched.
  const hashes = await Promise.all(
    candidates.map(([kind, value]) => keyedIdentifierHash(kind, value, key)),
  );
  const matched = hashes.some((hash) => hash !== undefined && listed.has(hash));
  return matched
    ? { suppressed: true, code: 'suppressed', message: SUPPRESSED_MESSAGE }
    : { suppressed: false };
}
