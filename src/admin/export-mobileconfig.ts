// macOS configuration profile export: a payload of type com.google.Chrome.extensions.<id> (or
// com.microsoft.Edge.extensions.<id>) holding the managed keys as native plist values.
// Must produce a profile macOS accepts (unique UUIDs, PayloadVersion 1, device scope).
import { build } from 'plist';
import type { Browser, ManagedPayload } from './export';

const PAYLOAD_PREFIX: Record<Browser, string> = {
  chrome: 'com.google.Chrome.extensions',
  edge: 'com.microsoft.Edge.extensions',
};

export function mobileconfigPayloadType(browser: Browser, extensionId: string): string {
  return `${PAYLOAD_PREFIX[browser]}.${extensionId}`;
}

export function buildMobileconfig(
  browser: Browser,
  extensionId: string,
  payload: ManagedPayload,
  uuid: () => string = () => globalThis.crypto.randomUUID(),
): string {
  const payloadType = mobileconfigPayloadType(browser, extensionId);
  const { policyId, version } = payload.policy;
  const profile = {
    PayloadContent: [
      {
        PayloadType: payloadType,
        PayloadVersion: 1,
        PayloadIdentifier: `${payloadType}.lawful-leads`,
        PayloadUUID: uuid().toUpperCase(),
        PayloadEnabled: true,
        PayloadDisplayName: `Lawful Leads policy (${browser === 'chrome' ? 'Google Chrome' : 'Microsoft Edge'})`,
        ...payload,
      },
    ],
    PayloadDisplayName: `Lawful Leads policy ${policyId} v${version}`,
    PayloadDescription: 'Managed settings for the Lawful Leads browser extension.',
    PayloadIdentifier: `com.lawful-leads.policy.${browser}.${policyId}`,
    PayloadType: 'Configuration',
    PayloadUUID: uuid().toUpperCase(),
    PayloadVersion: 1,
    PayloadScope: 'System',
  };
  return build(profile);
}
