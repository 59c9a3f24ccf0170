// A saved lead's last delivery problem in the interface language. The record stores the English
// text (background and outbox write the table's English wording); known texts are shown from the
// shared tables, anything else (a connector's own answer, "HTTP 503") as stored.
// Must never add anything to the stored text: it is value-free and stays so.
import type { LocalizedText } from '@src/consent';
import { bilingual, untranslated } from './bilingual';
import { enBackground } from './en-background';

const DELIVERY_KEYS = [
  'delHeldNoRoute',
  'delHeldNoEndpoint',
  'delHeldRemoteWipe',
  'delHeldSuppressed',
  'delKeyChanged',
  'delPolicyKeyUnusable',
  'delServedKeyUnusable',
  'delUnreachable',
] as const;

const KEY_BY_ENGLISH = new Map<string, (typeof DELIVERY_KEYS)[number]>(
  DELIVERY_KEYS.map((key) => [enBackground[key], key]),
);

export function deliveryErrorText(stored: string): LocalizedText {
  const key = KEY_BY_ENGLISH.get(stored);
  return key === undefined ? untranslated(stored) : bilingual(key);
}
