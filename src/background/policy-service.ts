// The policy in force in this browser: managed storage over a signed bundle over the defaults,
// re-read on start, when managed storage changes (Chrome) and on a poll alarm (Firefox has no change event).
// Must never loosen on a failed or invalid read: the loader keeps the last known good policy.
import { browser } from 'wxt/browser';
import { canonicalJson, sha256Hex } from '@src/audit';
import { createPolicyLoader, type PolicyLoader, type ResolvedPolicy } from '@src/policy';
import { recordAudit } from './audit-service';

export const POLICY_POLL_ALARM = 'policy-poll';
const LAST_KNOWN_GOOD_KEY = 'policy.lastKnownGood';
export const USER_PREFS_KEY = 'policy.userPrefs';
const MIN_ALARM_DELAY_MS = 30_000;

let loader: PolicyLoader | undefined;

async function readManaged(): Promise<unknown> {
  // COMPAT(firefox-128): storage.managed.get() rejects when no policies.json entry exists.
  return browser.storage.managed.get();
}

/** Fetches the signed policy bundle from the connector address that managed storage names. */
async function fetchBundle(url: string | undefined): Promise<string | undefined> {
  if (!url) return undefined;
  const response = await fetch(url, {
    headers: { accept: 'application/jose' },
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`policy bundle HTTP ${response.status}`);
  const text = (await response.text()).trim();
  return text.length > 0 && text.length < 1_000_000 ? text : undefined;
}

function policyLoader(): PolicyLoader {
  loader ??= createPolicyLoader({
    readManaged,
    fetchBundle,
    store: {
      get: async () => (await browser.storage.local.get(LAST_KNOWN_GOOD_KEY))[LAST_KNOWN_GOOD_KEY],
      set: (value) => browser.storage.local.set({ [LAST_KNOWN_GOOD_KEY]: value }),
    },
    readUserPrefs: async () => (await browser.storage.local.get(USER_PREFS_KEY))[USER_PREFS_KEY],
    now: () => Date.now(),
    // Failed or invalid reads: the user sees the problem in the panel, the trail records it.
    audit: async (event) => {
      if (event.type === 'policy-problem' && event.severity === 'error') {
        await recordAudit({ type: 'policy_applied', outcome: 'failed', reason: 'policy_change' });
      }
    },
    onApplied: (resolved) => {
      void auditApplied(resolved).catch(() => console.warn('Lawful Leads: policy audit failed'));
    },
  });
  return loader;
}

async function auditApplied(resolved: ResolvedPolicy): Promise<void> {
  await recordAudit({
    type: 'policy_applied',
    outcome: 'ok',
    reason: 'policy_change',
    count: resolved.version,
    digest: await sha256Hex(canonicalJson(resolved.policy)),
  });
}

/** The policy to apply now; reads it on the first call after a worker start. */
export async function currentPolicy(): Promise<ResolvedPolicy> {
  const active = policyLoader();
  return active.current() ?? active.refresh('start');
}

export async function refreshPolicy(trigger: 'start' | 'managed-changed' | 'poll' | 'manual') {
  const active = policyLoader();
  const resolved = await active.refresh(trigger);
  schedulePoll(active.nextPollDelayMs());
  return resolved;
}

function schedulePoll(delayMs: number): void {
  // Short start-up retries run on a timer while the worker lives; the alarm survives a worker restart.
  if (delayMs < MIN_ALARM_DELAY_MS) {
    setTimeout(() => void refreshPolicy('poll').catch(() => undefined), delayMs);
  }
  try {
    // COMPAT(chrome-110): alarms.create returned nothing before Chrome 111; wrap whatever comes back.
    void Promise.resolve(
      browser.alarms.create(POLICY_POLL_ALARM, {
        when: Date.now() + Math.max(delayMs, MIN_ALARM_DELAY_MS),
      }),
    ).catch(() => undefined);
  } catch {
    // The next start re-reads the policy anyway.
  }
}

export function startPolicyWatch(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void refreshPolicy('managed-changed').catch(() => undefined);
    if (area === 'local' && USER_PREFS_KEY in changes) {
      void refreshPolicy('manual').catch(() => undefined);
    }
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLICY_POLL_ALARM) void refreshPolicy('poll').catch(() => undefined);
  });
  void refreshPolicy('start').catch(() => undefined);
}

/** Test hook: forget the loader so the next call reads storage again. */
export function resetPolicyService(): void {
  loader = undefined;
}
