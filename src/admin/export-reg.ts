// Windows registry (.reg) export: one REG_SZ value per managed key under
// HKLM\Software\Policies\<vendor>\3rdparty\extensions\<id>\policy; objects are JSON strings, as
// Chrome's documentation asks for complex values. Must escape every backslash and quote.
import type { Browser, ManagedPayload } from './export';

const VENDOR_KEYS: Record<Browser, string> = {
  chrome: 'SOFTWARE\\Policies\\Google\\Chrome',
  edge: 'SOFTWARE\\Policies\\Microsoft\\Edge',
};

export function registryKeyPath(browser: Browser, extensionId: string): string {
  return `HKEY_LOCAL_MACHINE\\${VENDOR_KEYS[browser]}\\3rdparty\\extensions\\${extensionId}\\policy`;
}

export function buildRegFile(
  browser: Browser,
  extensionId: string,
  payload: ManagedPayload,
): string {
  const key = registryKeyPath(browser, extensionId);
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    '; Lawful Leads managed policy. Removing the key first clears values from older versions.',
    `[-${key}]`,
    '',
    `[${key}]`,
  ];
  for (const [name, value] of Object.entries(payload)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    lines.push(`"${escapeRegString(name)}"="${escapeRegString(text)}"`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function escapeRegString(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
}
