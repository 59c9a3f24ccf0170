// Names of the rule sources Lawful Leads itself cites in lawful-basis problems ("Organisation
// policy, suppression list"): the background puts the English name in the view and the interface
// shows it in its own language. Law names and article references from the regimes (such as
// "GDPR Art. 14(5)(b)") are shown exactly as written. Must never translate or alter those.
import type { LocalizedText } from '@src/consent';
import { bilingual, untranslated } from './bilingual';
import { enBackground } from './en-background';

const SOURCE_KEYS = [
  'lawOrganisationPolicy',
  'lawReceipt',
  'articleSuppressionList',
  'articleJurisdictionConfirmation',
  'articleIdentifier',
] as const;

/** The English names the background puts in `law` and `article`. */
export const PROBLEM_SOURCES = {
  organisationPolicy: enBackground.lawOrganisationPolicy,
  receipt: enBackground.lawReceipt,
  suppressionList: enBackground.articleSuppressionList,
  jurisdictionConfirmation: enBackground.articleJurisdictionConfirmation,
  identifier: enBackground.articleIdentifier,
} as const;

const KEY_BY_ENGLISH = new Map<string, (typeof SOURCE_KEYS)[number]>(
  SOURCE_KEYS.map((key) => [enBackground[key], key]),
);

/** A problem's `law` or `article` in both languages; a regime's own reference stays as written. */
export function sourceText(label: string): LocalizedText {
  const key = KEY_BY_ENGLISH.get(label);
  return key === undefined ? untranslated(label) : bilingual(key);
}
