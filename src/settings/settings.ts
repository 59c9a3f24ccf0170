// The salesperson's local settings (connector address) with validation and safe defaults.
// Must never accept a connector address the extension has no permission to reach.
import * as v from 'valibot';

export const DEFAULT_CONNECTOR_URL = 'http://127.0.0.1:8787';
export const SETTINGS_KEY = 'settings';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopbackHttp(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname)
    );
  } catch {
    return false;
  }
}

export const ConnectorUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.url('Enter a full address such as http://127.0.0.1:8787'),
  v.check(
    isLoopbackHttp,
    'This version delivers to a connector on this computer only (127.0.0.1 or localhost)',
  ),
  v.transform((value) => value.replace(/\/+$/, '')),
);

export const SettingsSchema = v.object({
  connectorUrl: v.optional(ConnectorUrlSchema, DEFAULT_CONNECTOR_URL),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

/** Reads stored settings; anything malformed falls back to the defaults, field by field. */
export function parseSettings(raw: unknown): Settings {
  const parsed = v.safeParse(SettingsSchema, raw ?? {});
  if (parsed.success) return parsed.output;
  return { connectorUrl: DEFAULT_CONNECTOR_URL };
}
