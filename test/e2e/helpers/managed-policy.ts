// Writes and removes a Chromium enterprise policy file for the extension's fixed id (needs root).
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_EXTENSION_ID } from '../../../scripts/dev-extension-key';

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const FILE = join(POLICY_DIR, 'lawful-leads-e2e.json');

export function writeManagedPolicy(values: Record<string, unknown>): string {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
  } catch {
    throw new Error(
      `Cannot write Chromium's managed policy directory ${POLICY_DIR}: run the end-to-end tests as root (CI does) or set CHROMIUM_POLICY_DIR to a directory Chromium reads.`,
    );
  }
  writeFileSync(
    FILE,
    JSON.stringify({ '3rdparty': { extensions: { [DEV_EXTENSION_ID]: values } } }),
  );
  return FILE;
}

export function removeManagedPolicy(): void {
  rmSync(FILE, { force: true });
}
