// Platform-free policy loader: the background adapter calls refresh() on start, on
// storage.onChanged('managed') and on a poll alarm; all I/O is injected. Handles late managed values,
// read failures, invalid values and signed bundles, keeps the last known good policy, and audits.
// Must never throw out of refresh(), never loosen on failure, never run two refreshes at once.
import { verifyPolicyBundle, type BundleVerification } from './bundle';
import { readLastKnownGood, samePolicy, type LastKnownGood } from './last-known-good';
import { auditEventsFor, type LoadTrigger, type PolicyAuditEvent } from './loader-audit';
import { readManagedStorage } from './managed';
import { problem, PROBLEM_CODES, type Problem } from './problems';
import { lastKnownGoodFrom, resolvePolicy, type ResolvedPolicy } from './resolve';

export type { LoadTrigger, PolicyAuditEvent } from './loader-audit';

export interface PolicyLoaderDeps {
  readManaged: () => Promise<unknown>;
  store: { get: () => Promise<unknown>; set: (value: LastKnownGood) => Promise<void> };
  now: () => number;
  /** Fetches the latest compact JWS from the connector (undefined when there is none). */
  fetchBundle?: (url: string | undefined) => Promise<string | undefined>;
  /** The admin key pinned at enrolment, used when managed storage pins none. */
  enrolledAdminKey?: () => Promise<unknown>;
  readUserPrefs?: () => Promise<unknown>;
  audit?: (event: PolicyAuditEvent) => void | Promise<void>;
  onApplied?: (resolved: ResolvedPolicy) => void;
}

export interface PolicyLoaderOptions {
  /** Quick re-reads after start while managed storage may still be arriving. */
  startupRetryDelaysMs?: readonly number[];
  pollIntervalMs?: number;
}

export interface PolicyLoader {
  refresh: (trigger: LoadTrigger) => Promise<ResolvedPolicy>;
  current: () => ResolvedPolicy | null;
  /** When the adapter should call refresh('poll') next. */
  nextPollDelayMs: () => number;
}

const DEFAULT_RETRIES = [1_000, 3_000, 10_000, 30_000] as const;
const DEFAULT_POLL_MS = 15 * 60_000;

export function createPolicyLoader(
  deps: PolicyLoaderDeps,
  options: PolicyLoaderOptions = {},
): PolicyLoader {
  const retries = options.startupRetryDelaysMs ?? DEFAULT_RETRIES;
  let current: ResolvedPolicy | null = null;
  let reportedProblems = '';
  let refreshCount = 0;
  let queue: Promise<unknown> = Promise.resolve();

  async function load(trigger: LoadTrigger): Promise<ResolvedPolicy> {
    refreshCount += 1;
    const now = deps.now();
    const extra: Problem[] = [];
    const storedRaw = await attempt(
      () => deps.store.get(),
      () =>
        extra.push(
          problem(
            PROBLEM_CODES.lastKnownGoodInvalid,
            'warning',
            'The last known good policy could not be read',
          ),
        ),
    );
    const lastKnownGood = readLastKnownGood(storedRaw);
    let managedReadFailed = false;
    const managed = await attempt(deps.readManaged, () => {
      managedReadFailed = true;
    });
    const reading = readManagedStorage(managed);
    let signedBundle: { jws: string; verification?: BundleVerification } | undefined;
    if (!reading.policy && deps.fetchBundle) {
      const fetchBundle = deps.fetchBundle;
      const jws = await attempt(
        () => fetchBundle(reading.policyBundleUrl),
        () =>
          extra.push(
            problem(
              PROBLEM_CODES.bundleFetchFailed,
              'warning',
              'The policy bundle could not be fetched from the connector',
            ),
          ),
      );
      if (typeof jws === 'string' && jws.length > 0) {
        const key =
          reading.adminPublicKey ??
          (deps.enrolledAdminKey
            ? await attempt(deps.enrolledAdminKey, () => undefined)
            : undefined);
        signedBundle = { jws };
        if (key !== undefined) {
          const applied = lastKnownGood?.policy.version;
          const minVersion =
            applied === undefined
              ? undefined
              : jws === lastKnownGood?.bundleJws
                ? applied
                : applied + 1;
          signedBundle.verification = await verifyPolicyBundle(jws, key, {
            now,
            ...(minVersion !== undefined ? { minVersion } : {}),
          });
        }
      }
    }
    const userPrefs = deps.readUserPrefs
      ? await attempt(deps.readUserPrefs, () => undefined)
      : undefined;
    const resolved = resolvePolicy({
      managed,
      managedReadFailed,
      lastKnownGood: storedRaw,
      userPrefs,
      problems: extra,
      now,
      ...(signedBundle ? { signedBundle } : {}),
    });
    const toStore = lastKnownGoodFrom(resolved);
    if (
      toStore &&
      (!lastKnownGood ||
        !samePolicy(lastKnownGood.policy, toStore.policy) ||
        lastKnownGood.bundleJws !== toStore.bundleJws)
    ) {
      await attempt(
        () => deps.store.set(toStore),
        () =>
          resolved.problems.push(
            problem(
              PROBLEM_CODES.storeFailed,
              'warning',
              'The applied policy could not be saved as last known good',
            ),
          ),
      );
    }
    await report(trigger, now, resolved);
    return resolved;
  }

  async function report(trigger: LoadTrigger, at: number, resolved: ResolvedPolicy): Promise<void> {
    const decision = auditEventsFor(current, resolved, trigger, at, reportedProblems);
    current = resolved;
    reportedProblems = decision.problemFingerprint;
    for (const event of decision.events) await emit(event);
    if (decision.changed) deps.onApplied?.(resolved);
  }

  async function emit(event: PolicyAuditEvent): Promise<void> {
    await attempt(
      async () => deps.audit?.(event),
      () => undefined,
    );
  }

  return {
    refresh(trigger) {
      const run = queue.then(() => load(trigger));
      queue = run.catch(() => undefined);
      return run;
    },
    current: () => current,
    nextPollDelayMs() {
      const waitingForAdmin =
        !current || current.source === 'defaults' || current.source === 'last-known-good';
      const retry = retries[refreshCount - 1];
      return waitingForAdmin && retry !== undefined
        ? retry
        : (options.pollIntervalMs ?? DEFAULT_POLL_MS);
    },
  };
}

async function attempt<T>(
  action: () => Promise<T> | T,
  onFailure: () => unknown,
): Promise<T | undefined> {
  try {
    return await action();
  } catch {
    onFailure();
    return undefined;
  }
}
