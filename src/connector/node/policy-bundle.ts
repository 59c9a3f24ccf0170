// Reads the admin-signed policy bundle the connector serves at GET /v1/policy (data dir/policy.jws).
// Must never serve anything but a compact JWS: the extension verifies it against the pinned admin key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const POLICY_BUNDLE_FILE = 'policy.jws';
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function readPolicyBundle(dataDir: string): string | undefined {
  try {
    const text = readFileSync(join(dataDir, POLICY_BUNDLE_FILE), 'utf8').trim();
    return COMPACT_JWS.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
