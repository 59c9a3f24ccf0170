// Builds the files an administrator deploys so every installed extension receives the policy in
// storage.managed: Chrome/Edge (Linux JSON, Windows .reg, macOS .mobileconfig) and Firefox policies.json.
// Pure: returns text; the CLI writes it. Must never include private keys (only public JWKs).
import type { Policy, PublicJwk } from '@src/policy';
import { buildMobileconfig } from './export-mobileconfig';
import { buildRegFile } from './export-reg';

export const EXPORT_TARGETS = [
  'chrome-linux',
  'edge-linux',
  'chrome-windows',
  'edge-windows',
  'chrome-macos',
  'edge-macos',
  'firefox',
] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];
export type Browser = 'chrome' | 'edge';

export interface ExportOptions {
  extensionId: string;
  /** Pinned admin key for verifying connector bundles; defaults to policy.signing.adminPublicKey. */
  adminPublicKey?: PublicJwk;
  policyBundleUrl?: string;
  /** UUID source for configuration profiles (injected in tests). */
  uuid?: () => string;
}

/** What storage.managed will contain (see src/policy/managed.ts and public/managed-schema.json). */
export interface ManagedPayload {
  policy: Policy;
  adminPublicKey?: PublicJwk;
  policyBundleUrl?: string;
}

export interface ExportFile {
  content: string;
  /** .reg files are written as UTF-16LE with a byte-order mark, which regedit expects. */
  encoding: 'utf8' | 'utf16le-bom';
  defaultFileName: string;
  installHint: string;
}

export function managedPayload(policy: Policy, options: ExportOptions): ManagedPayload {
  const adminPublicKey = options.adminPublicKey ?? policy.signing.adminPublicKey;
  return JSON.parse(
    JSON.stringify({
      policy,
      ...(adminPublicKey ? { adminPublicKey } : {}),
      ...(options.policyBundleUrl ? { policyBundleUrl: options.policyBundleUrl } : {}),
    }),
  ) as ManagedPayload;
}

/** A reason the id cannot be right for the target, or null. */
export function extensionIdProblem(target: ExportTarget, id: string): string | null {
  if (target === 'firefox') {
    return /^(\{[0-9a-fA-F-]{36}\}|[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+)$/.test(id)
      ? null
      : 'A Firefox add-on id looks like name@example.com or {GUID}';
  }
  return /^[a-p]{32}$/.test(id) ? null : 'A Chrome or Edge extension id is 32 letters from a to p';
}

export function buildExport(
  policy: Policy,
  target: ExportTarget,
  options: ExportOptions,
): ExportFile {
  const problem = extensionIdProblem(target, options.extensionId);
  if (problem) throw new Error(problem);
  const payload = managedPayload(policy, options);
  const id = options.extensionId;
  switch (target) {
    case 'chrome-linux':
    case 'edge-linux': {
      const browser: Browser = target === 'chrome-linux' ? 'chrome' : 'edge';
      const directory =
        browser === 'chrome'
          ? '/etc/opt/chrome/policies/managed'
          : '/etc/opt/edge/policies/managed';
      return {
        content: `${JSON.stringify({ '3rdparty': { extensions: { [id]: payload } } }, null, 2)}\n`,
        encoding: 'utf8',
        defaultFileName: 'lawful-leads-policy.json',
        installHint: `Copy to ${directory}/lawful-leads-policy.json (root-owned, not writable by users).`,
      };
    }
    case 'chrome-windows':
    case 'edge-windows':
      return {
        content: buildRegFile(target === 'chrome-windows' ? 'chrome' : 'edge', id, payload),
        encoding: 'utf16le-bom',
        defaultFileName: `lawful-leads-${target}.reg`,
        installHint:
          'Import with "reg import" as an administrator, or deploy the same values by Group Policy / Intune.',
      };
    case 'chrome-macos':
    case 'edge-macos':
      return {
        content: buildMobileconfig(
          target === 'chrome-macos' ? 'chrome' : 'edge',
          id,
          payload,
          options.uuid,
        ),
        encoding: 'utf8',
        defaultFileName: `lawful-leads-${target}.mobileconfig`,
        installHint: 'Deploy the configuration profile with your MDM (device scope).',
      };
    case 'firefox':
      return {
        content: `${JSON.stringify({ policies: { '3rdparty': { Extensions: { [id]: payload } } } }, null, 2)}\n`,
        encoding: 'utf8',
        defaultFileName: 'policies.json',
        installHint:
          'Merge into policies.json in the Firefox "distribution" folder (or deploy the same 3rdparty value by GPO/MDM).',
      };
  }
}
