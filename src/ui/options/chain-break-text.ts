// Why the audit chain does not verify, in the interface language. Must never show event contents:
// the reason is a fixed code from the audit domain.
import type { TextLanguage } from '@src/consent';
import { uiLanguage } from '@src/ui/i18n';
import { bilingual } from '@src/ui/i18n/bilingual';
import type { MessageKey } from '@src/ui/i18n/en';

const CHAIN_BREAK_KEYS: Readonly<Record<string, MessageKey>> = {
  malformed: 'chainMalformed',
  reordered: 'chainReordered',
  missing: 'chainMissing',
  edited: 'chainEdited',
  broken_link: 'chainBrokenLink',
  truncated: 'chainTruncated',
  head_mismatch: 'chainHeadMismatch',
};

/** A chain-break reason in the given language (a code this file does not know, as written). */
export function chainBreakText(reason: string, language: TextLanguage = uiLanguage): string {
  return Object.hasOwn(CHAIN_BREAK_KEYS, reason)
    ? bilingual(CHAIN_BREAK_KEYS[reason]!)[language]
    : reason;
}
