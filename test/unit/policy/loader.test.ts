import { describe, expect, it, vi } from 'vitest';
import {
  createPolicyLoader,
  signPolicyBundle,
  type LastKnownGood,
  type PolicyAuditEvent,
  type PolicyLoaderDeps,
} from '@src/policy';
import { loadExamplePolicy, signingKeyPair, withVersion } from './fixtures';

const NOW = Date.UTC(2026, 10, 23, 12);
const example = loadExamplePolicy();

function harness(overrides: Partial<PolicyLoaderDeps> = {}) {
  let managed: unknown = {};
  let stored: unknown = undefined;
  let clock = NOW;
  const events: PolicyAuditEvent[] = [];
  const sets: LastKnownGood[] = [];
  const deps: PolicyLoaderDeps = {
    readManaged: vi.fn(() => Promise.resolve(managed)),
    store: {
      get: () => Promise.resolve(stored),
      set: (value) => {
        sets.push(value);
        stored = structuredClone(value);
        return Promise.resolve();
      },
    },
    now: () => clock,
    audit: (event) => {
      events.push(event);
    },
    ...overrides,
  };
  return {
    deps,
    events,
    sets,
    setManaged: (value: unknown) => (managed = value),
    setStored: (value: unknown) => (stored = value),
    tick: (ms: number) => (clock += ms),
  };
}

describe('policy loader', () => {
  it('handles managed values that arrive late after start', async () => {
    const h = harness();
    const onApplied = vi.fn();
    const loader = createPolicyLoader({ ...h.deps, onApplied });
    expect((await loader.refresh('start')).source).toBe('defaults');
    expect(loader.nextPollDelayMs()).toBe(1_000);
    h.setManaged({ policy: example });
    h.tick(2_000);
    const resolved = await loader.refresh('managed-changed');
    expect(resolved).toMatchObject({ source: 'managed', version: 3, appliedAt: NOW + 2_000 });
    expect(loader.current()).toBe(resolved);
    expect(h.sets).toHaveLength(1);
    expect(h.sets[0]).toMatchObject({ source: 'managed', appliedAt: NOW + 2_000 });
    expect(h.events.map((event) => event.type === 'policy-applied' && event.source)).toEqual([
      'defaults',
      'managed',
    ]);
    expect(onApplied).toHaveBeenCalledTimes(2);
    expect(loader.nextPollDelayMs()).toBe(15 * 60_000);
  });

  it('keeps the last known good policy while managed storage is late, then adopts it without rewriting', async () => {
    const h = harness();
    h.setStored({ policy: example, source: 'managed', appliedAt: 5 });
    const loader = createPolicyLoader(h.deps, {
      startupRetryDelaysMs: [500],
      pollIntervalMs: 60_000,
    });
    const first = await loader.refresh('start');
    expect(first).toMatchObject({ source: 'last-known-good', appliedAt: 5 });
    expect(loader.nextPollDelayMs()).toBe(500);
    h.setManaged({ policy: example });
    expect(await loader.refresh('poll')).toMatchObject({ source: 'managed', appliedAt: 5 });
    expect(h.sets).toHaveLength(0);
    expect(loader.nextPollDelayMs()).toBe(60_000);
  });

  it('keeps the last known good policy when reads fail, and audits the problem once', async () => {
    const h = harness({ readManaged: () => Promise.reject(new Error('boom')) });
    h.setStored({ policy: example, source: 'managed', appliedAt: 5 });
    const loader = createPolicyLoader(h.deps);
    const resolved = await loader.refresh('start');
    await loader.refresh('poll');
    expect(resolved.source).toBe('last-known-good');
    const problems = h.events.filter((event) => event.type === 'policy-problem');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'managed-read-failed', trigger: 'start' }),
    ]);
  });

  it('never stores an invalid managed policy and never loosens', async () => {
    const h = harness();
    h.setStored({ policy: example, source: 'managed', appliedAt: 5 });
    const loose = { ...structuredClone(example), version: 4, vault: { autoLockMinutes: 'never' } };
    h.setManaged({ policy: loose });
    const resolved = await createPolicyLoader(h.deps).refresh('managed-changed');
    expect(resolved).toMatchObject({ source: 'last-known-good', version: 3 });
    expect(h.sets).toEqual([]);
    expect(
      h.events.some((event) => event.type === 'policy-problem' && event.code === 'managed-invalid'),
    ).toBe(true);
  });

  it('survives failing storage and a failing audit sink', async () => {
    const h = harness({
      store: {
        get: () => Promise.reject(new Error('x')),
        set: () => Promise.reject(new Error('y')),
      },
      audit: () => {
        throw new Error('audit down');
      },
    });
    h.setManaged({ policy: example });
    const resolved = await createPolicyLoader(h.deps).refresh('start');
    expect(resolved.source).toBe('managed');
    expect(resolved.problems.map((item) => item.code)).toEqual([
      'last-known-good-invalid',
      'store-failed',
    ]);
  });

  it('serialises overlapping refreshes', async () => {
    let active = 0;
    let maxActive = 0;
    const h = harness({
      readManaged: async () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active -= 1;
        return { policy: example };
      },
    });
    const loader = createPolicyLoader(h.deps);
    await Promise.all([
      loader.refresh('start'),
      loader.refresh('managed-changed'),
      loader.refresh('poll'),
    ]);
    expect(maxActive).toBe(1);
    expect(h.sets).toHaveLength(1);
  });
});

describe('policy loader with signed bundles', () => {
  async function setup(pin: 'managed' | 'enrolment') {
    const keys = await signingKeyPair('EdDSA', 'admin-2026');
    let bundle: string | undefined;
    const h = harness({
      fetchBundle: () => Promise.resolve(bundle),
      ...(pin === 'enrolment' ? { enrolledAdminKey: () => Promise.resolve(keys.publicJwk) } : {}),
    });
    h.setManaged(pin === 'managed' ? { adminPublicKey: keys.publicJwk } : {});
    const publish = async (version: number) => {
      bundle = await signPolicyBundle(withVersion(example, version), keys.privateJwk, { now: NOW });
      return bundle;
    };
    return { h, keys, publish, setBundle: (jws: string) => (bundle = jws) };
  }

  it('applies a verified bundle, re-accepts the same bundle and rejects a replayed older one', async () => {
    const { h, publish, setBundle } = await setup('managed');
    const loader = createPolicyLoader(h.deps);
    const old = await publish(4);
    await publish(5);
    expect(await loader.refresh('start')).toMatchObject({
      source: 'bundle',
      version: 5,
      signer: 'admin-2026',
    });
    expect(await loader.refresh('poll')).toMatchObject({ source: 'bundle', version: 5 });
    expect(h.sets).toHaveLength(1);
    setBundle(old);
    const replayed = await loader.refresh('poll');
    expect(replayed).toMatchObject({ source: 'last-known-good', version: 5 });
    expect(replayed.problems[0]?.message).toMatch(/older than the version already applied/);
    expect(h.sets).toHaveLength(1);
  });

  it('uses the key pinned at enrolment and rejects a bundle signed by another key', async () => {
    const { h, publish, setBundle } = await setup('enrolment');
    await publish(6);
    const loader = createPolicyLoader(h.deps);
    expect((await loader.refresh('start')).source).toBe('bundle');
    const intruder = await signingKeyPair('EdDSA');
    setBundle(await signPolicyBundle(withVersion(example, 7), intruder.privateJwk, { now: NOW }));
    const resolved = await loader.refresh('poll');
    expect(resolved).toMatchObject({ source: 'last-known-good', version: 6 });
    expect(resolved.problems.map((item) => item.code)).toContain('bundle-rejected');
  });

  it('reports a bundle it cannot verify for lack of a pinned key, and a failing fetch', async () => {
    const h = harness({ fetchBundle: () => Promise.resolve('a.b.c') });
    const unpinned = await createPolicyLoader(h.deps).refresh('start');
    expect(unpinned.problems.map((item) => item.code)).toEqual([
      'bundle-unverified',
      'using-defaults',
    ]);
    const failing = harness({ fetchBundle: () => Promise.reject(new Error('offline')) });
    const resolved = await createPolicyLoader(failing.deps).refresh('start');
    expect(resolved.problems.map((item) => item.code)).toEqual([
      'bundle-fetch-failed',
      'using-defaults',
    ]);
  });
});
