// Decides which policy applies: managed storage, then a verified signed bundle, then the last known
// good policy, then the strict built-in defaults; user preferences are merged on top (tighten only).
// Pure and synchronous (bundle signatures are verified beforehand). Must never loosen on bad input.
import type { BundleVerification } from './bundle';
import { DEFAULT_POLICY } from './defaults';
import { formatPath } from './parse';
import {
  readLastKnownGood,
  samePolicy,
  type AdminSource,
  type LastKnownGood,
  type PolicySource,
} from './last-known-good';
import { readManagedStorage } from './managed';
import { problem, PROBLEM_CODES, type Problem } from './problems';
import type { Policy } from './schema';
import { parseUserPrefs, tighten } from './tighten';

export interface ResolveInput {
  /** The whole storage.managed object (undefined when it could not be read). */
  managed?: unknown;
  managedReadFailed?: boolean;
  /** A bundle from the connector and the result of verifyPolicyBundle on it (absent = unverified). */
  signedBundle?: { jws: string; verification?: BundleVerification };
  /** The stored last-known-good record, unvalidated. */
  lastKnownGood?: unknown;
  userPrefs?: unknown;
  /** Problems the caller met before resolving (e.g. a failed bundle fetch), reported first. */
  problems?: Problem[];
  now: number;
}

export interface ResolvedPolicy {
  /** The policy to apply: the chosen administrator policy tightened by user preferences. */
  policy: Policy;
  /** The administrator policy before user preferences (what last-known-good stores). */
  basePolicy: Policy;
  source: PolicySource;
  /** Where a last-known-good policy originally came from. */
  origin: AdminSource | 'defaults';
  policyId: string;
  version: number;
  signer?: string;
  appliedAt: number;
  /** True when settings are set by an administrator: the user may only tighten them. */
  locked: boolean;
  bundleJws?: string;
  problems: Problem[];
}

export function resolvePolicy(input: ResolveInput): ResolvedPolicy {
  const problems: Problem[] = [...(input.problems ?? [])];
  const lastKnownGood = readLastKnownGood(input.lastKnownGood);
  if (input.lastKnownGood !== undefined && input.lastKnownGood !== null && !lastKnownGood) {
    problems.push(
      problem(
        PROBLEM_CODES.lastKnownGoodInvalid,
        'warning',
        'The stored last known good policy is unreadable and was ignored',
      ),
    );
  }
  const chosen = choose(input, lastKnownGood, problems);
  const prefs = parseUserPrefs(input.userPrefs);
  for (const issue of prefs.issues) {
    problems.push(
      problem(
        PROBLEM_CODES.userPrefsInvalid,
        'warning',
        `Your preference was ignored: ${issue.message}`,
        formatPath(issue.path),
      ),
    );
  }
  const base = chosen.policy;
  const unchanged = lastKnownGood !== null && samePolicy(lastKnownGood.policy, base);
  return {
    policy: tighten(base, prefs.prefs),
    basePolicy: base,
    source: chosen.source,
    origin: chosen.origin,
    policyId: base.policyId,
    version: base.version,
    ...(chosen.signer !== undefined ? { signer: chosen.signer } : {}),
    appliedAt: unchanged && chosen.source !== 'defaults' ? lastKnownGood.appliedAt : input.now,
    locked: chosen.source !== 'defaults',
    ...(chosen.bundleJws !== undefined ? { bundleJws: chosen.bundleJws } : {}),
    problems,
  };
}

interface Choice {
  policy: Policy;
  source: PolicySource;
  origin: AdminSource | 'defaults';
  signer?: string;
  bundleJws?: string;
}

function choose(
  input: ResolveInput,
  lastKnownGood: LastKnownGood | null,
  problems: Problem[],
): Choice {
  if (input.managedReadFailed) {
    problems.push(
      problem(PROBLEM_CODES.managedReadFailed, 'warning', 'Managed settings could not be read'),
    );
  }
  const managed = readManagedStorage(input.managed);
  problems.push(...managed.problems);
  if (managed.policy) {
    if (
      lastKnownGood &&
      lastKnownGood.policy.policyId === managed.policy.policyId &&
      managed.policy.version < lastKnownGood.policy.version
    ) {
      problems.push(
        problem(
          PROBLEM_CODES.managedOlder,
          'info',
          'The managed policy is an older version than the one applied before; applying it as deployed',
        ),
      );
    }
    return { policy: managed.policy, source: 'managed', origin: 'managed' };
  }
  const bundle = input.signedBundle;
  if (bundle) {
    const verification = bundle.verification;
    if (verification?.ok) {
      return {
        policy: verification.policy,
        source: 'bundle',
        origin: 'bundle',
        signer: verification.signer,
        bundleJws: bundle.jws,
      };
    }
    problems.push(
      verification
        ? problem(
            PROBLEM_CODES.bundleRejected,
            'error',
            `Policy bundle rejected: ${verification.message}`,
          )
        : problem(
            PROBLEM_CODES.bundleUnverified,
            'error',
            'Policy bundle ignored: its signature was not verified',
          ),
    );
  }
  if (lastKnownGood) {
    if (!managed.present && !input.managedReadFailed && !bundle) {
      problems.push(
        problem(
          PROBLEM_CODES.managedMissing,
          'info',
          'No administrator policy is deployed right now',
        ),
      );
    }
    problems.push(
      problem(
        PROBLEM_CODES.usingLastKnownGood,
        'info',
        `Keeping the last valid administrator policy (version ${lastKnownGood.policy.version})`,
      ),
    );
    return {
      policy: lastKnownGood.policy,
      source: 'last-known-good',
      origin: lastKnownGood.source,
      ...(lastKnownGood.signer !== undefined ? { signer: lastKnownGood.signer } : {}),
      ...(lastKnownGood.bundleJws !== undefined ? { bundleJws: lastKnownGood.bundleJws } : {}),
    };
  }
  if (problems.some((item) => item.severity !== 'info')) {
    problems.push(
      problem(PROBLEM_CODES.usingDefaults, 'warning', 'Using the strict built-in policy'),
    );
  }
  return { policy: DEFAULT_POLICY, source: 'defaults', origin: 'defaults' };
}

/** The record to store as last known good, or null when the result must not be stored. */
export function lastKnownGoodFrom(resolved: ResolvedPolicy): LastKnownGood | null {
  if (resolved.source !== 'managed' && resolved.source !== 'bundle') return null;
  return {
    policy: resolved.basePolicy,
    source: resolved.source,
    appliedAt: resolved.appliedAt,
    ...(resolved.signer !== undefined ? { signer: resolved.signer } : {}),
    ...(resolved.bundleJws !== undefined ? { bundleJws: resolved.bundleJws } : {}),
  };
}
