// Loads and saves settings in extension storage (storage.local).
// Must never save settings that fail validation.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { RequestError } from '@src/messaging/errors';
import { ERROR_CODES } from '@src/messaging/protocol';
import { bilingual } from '@src/ui/i18n/bilingual';
import { parseSettings, SETTINGS_KEY, SettingsSchema, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(input: unknown): Promise<Settings> {
  const parsed = v.safeParse(SettingsSchema, input);
  if (!parsed.success) {
    throw new RequestError(ERROR_CODES.invalid, settingsProblem(parsed.issues[0]));
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: parsed.output });
  return parsed.output;
}

/** The first validation problem in both languages (the schema's messages are the English ones). */
function settingsProblem(issue: { type: string; message: string } | undefined) {
  if (issue?.type === 'url') return bilingual('errSettingsUrl');
  if (issue?.type === 'check') return bilingual('errSettingsLoopback');
  return bilingual('errSettingsInvalid', { detail: issue?.message ?? '-' });
}
