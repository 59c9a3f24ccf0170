// Capture diagnostics ("page read notes") in the interface language. Diagnostics arrive as a code
// plus an English message; known codes are shown from the shared tables (a count, if any, is the
// first number of the English message), unknown codes as the English message itself.
// Must never show anything but the diagnostic's own value-free text.
import type { TextLanguage } from '@src/consent';
import { uiLanguage } from '@src/ui/i18n';
import { bilingual } from '@src/ui/i18n/bilingual';
import type { MessageKey } from '@src/ui/i18n/en';

const DIAGNOSTIC_KEYS: Readonly<Record<string, MessageKey>> = {
  'drafts-rejected': 'diagDraftsRejected',
  'no-document': 'diagNoDocument',
  'page-truncated': 'diagPageTruncated',
  'drafts-truncated': 'diagDraftsTruncated',
  'capture-failed': 'diagCaptureFailed',
  'json-ld-too-large': 'diagJsonLdTooLarge',
  'json-ld-malformed': 'diagJsonLdMalformed',
  'json-ld-truncated': 'diagJsonLdTruncated',
  'shared-emails-dropped': 'diagSharedEmailsDropped',
};

/** The page readers whose failure is reported as `<reader>-failed`. */
const READERS = new Set(['json-ld', 'microdata', 'rdfa', 'h-card', 'meta', 'text']);

const NEEDS_COUNT = /\{count\}/;

export function diagnosticText(
  diagnostic: { code: string; message: string },
  language: TextLanguage = uiLanguage,
): string {
  const { code, message } = diagnostic;
  const reader = code.endsWith('-failed') ? code.slice(0, -'-failed'.length) : undefined;
  if (reader !== undefined && READERS.has(reader))
    return bilingual('diagReaderFailed', { reader })[language];
  const key = Object.hasOwn(DIAGNOSTIC_KEYS, code) ? DIAGNOSTIC_KEYS[code] : undefined;
  if (key === undefined) return message;
  const count = /\d+/.exec(message)?.[0];
  const text = bilingual(key, count === undefined ? {} : { count });
  return NEEDS_COUNT.test(text.en) ? message : text[language];
}
