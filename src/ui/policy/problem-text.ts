// A policy problem ("Policy problems" in the summary) in the interface language. English shows
// the loader's own message with its detail; other languages show the problem code's summary from
// the shared tables (the English detail stays available as a tooltip). An unknown code is shown
// as its message. Must never show more than the problem's value-free message and path.
import type { TextLanguage } from '@src/consent';
import { uiLanguage } from '@src/ui/i18n';
import { bilingual } from '@src/ui/i18n/bilingual';
import type { MessageKey } from '@src/ui/i18n/en';

const PROBLEM_KEYS: Readonly<Record<string, MessageKey>> = {
  'managed-read-failed': 'ppManagedReadFailed',
  'managed-missing': 'ppManagedMissing',
  'managed-invalid': 'ppManagedInvalid',
  'managed-key-invalid': 'ppManagedKeyInvalid',
  'managed-older-than-last-known-good': 'ppManagedOlder',
  'bundle-rejected': 'ppBundleRejected',
  'bundle-unverified': 'ppBundleUnverified',
  'bundle-fetch-failed': 'ppBundleFetchFailed',
  'last-known-good-invalid': 'ppLastKnownGoodInvalid',
  'using-last-known-good': 'ppUsingLastKnownGood',
  'using-defaults': 'ppUsingDefaults',
  'user-prefs-invalid': 'ppUserPrefsInvalid',
  'store-failed': 'ppStoreFailed',
};

export function policyProblemText(
  problem: { code: string; message: string },
  language: TextLanguage = uiLanguage,
): string {
  if (language === 'en' || !Object.hasOwn(PROBLEM_KEYS, problem.code)) return problem.message;
  return bilingual(PROBLEM_KEYS[problem.code]!)[language];
}
