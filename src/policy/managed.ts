// Reads the enterprise-managed storage object (chrome.storage.managed / Firefox policies.json).
// Layout (top-level keys, mirrored by public/managed-schema.json):
//   policy          the whole policy document as an object (or a JSON string, as Windows may deliver it)
//   adminPublicKey  the admin's policy-signing public JWK, pinned for verifying connector bundles
//   policyBundleUrl where to fetch signed bundles (https), optional
// Must never throw, never trust unvalidated values and never loosen anything on bad input.
import * as v from 'valibot';
import { isSigningKey } from './consistency';
import { formatPath, parsePolicy } from './parse';
import { problem, PROBLEM_CODES, type Problem } from './problems';
import { PublicJwkSchema, type Policy, type PublicJwk } from './schema';

export const MANAGED_KEYS = ['policy', 'adminPublicKey', 'policyBundleUrl'] as const;

export interface ManagedReading {
  /** True when anything was deployed at all (any known key present). */
  present: boolean;
  policy?: Policy;
  adminPublicKey?: PublicJwk;
  policyBundleUrl?: string;
  problems: Problem[];
}

export function readManagedStorage(input: unknown): ManagedReading {
  if (input === undefined || input === null) return { present: false, problems: [] };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      present: true,
      problems: [
        problem(PROBLEM_CODES.managedInvalid, 'error', 'Managed storage is not an object'),
      ],
    };
  }
  const record = input as Record<string, unknown>;
  const reading: ManagedReading = {
    present: MANAGED_KEYS.some((key) => record[key] !== undefined),
    problems: [],
  };
  if (record.policy !== undefined) readPolicy(record.policy, reading);
  if (record.adminPublicKey !== undefined) {
    const key = v.safeParse(PublicJwkSchema, record.adminPublicKey);
    if (key.success && isSigningKey(key.output.kty, key.output.crv))
      reading.adminPublicKey = key.output;
    else {
      reading.problems.push(
        problem(
          PROBLEM_CODES.managedKeyInvalid,
          'error',
          'The managed admin public key is not a public EC P-256 or Ed25519 JWK; signed bundles cannot be verified',
          '$.adminPublicKey',
        ),
      );
    }
  }
  const url = record.policyBundleUrl;
  if (typeof url === 'string' && /^https:\/\/\S+$/.test(url)) reading.policyBundleUrl = url;
  else if (url !== undefined) {
    reading.problems.push(
      problem(
        PROBLEM_CODES.managedInvalid,
        'warning',
        'policyBundleUrl must be an https:// address',
        '$.policyBundleUrl',
      ),
    );
  }
  return reading;
}

function readPolicy(raw: unknown, reading: ManagedReading): void {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      reading.problems.push(
        problem(
          PROBLEM_CODES.managedInvalid,
          'error',
          'The managed policy is a string that is not valid JSON',
          '$.policy',
        ),
      );
      return;
    }
  }
  const parsed = parsePolicy(value);
  if (parsed.ok) {
    reading.policy = parsed.policy;
    return;
  }
  for (const issue of parsed.issues.slice(0, 20)) {
    reading.problems.push(
      problem(
        PROBLEM_CODES.managedInvalid,
        'error',
        `Managed policy rejected: ${issue.message}`,
        formatPath(['policy', ...issue.path]),
      ),
    );
  }
}
