// The text of a failed action in the interface language: a RequestError carries its message in
// every language (from the background or the messaging client); anything else shows its message.
// Must never show more than the error's own user-facing message (no stacks, no causes).
import type { TextLanguage } from '@src/consent';
import { RequestError } from '@src/messaging/errors';
import { uiLanguage } from '@src/ui/i18n';

export function errorText(error: unknown, language: TextLanguage = uiLanguage): string {
  if (error instanceof RequestError) return error.text[language];
  return error instanceof Error ? error.message : String(error);
}
