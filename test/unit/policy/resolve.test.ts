import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  lastKnownGoodFrom,
  resolvePolicy,
  signPolicyBundle,
  verifyPolicyBundle,
  type BundleVerification,
} from '@src/policy';
import { loadExamplePolicy, signingKeyPair, withVersion } from './fixtures';

const NOW = Date.UTC(2026, 10, 23, 12);
const example = loadExamplePolicy();
const codes = (problems: { code: string }[]) => problems.map((item) => item.code);

async function verifiedBundle(
  version: number,
): Promise<{ jws: string; verification: BundleVerification }> {
  const { privateJwk, publicJwk } = await signingKeyPair('ES256', 'bundle-key');
  const jws = await signPolicyBundle(withVersion(example, version), privateJwk, { now: NOW });
  return { jws, verification: await verifyPolicyBundle(jws, publicJwk, { now: NOW }) };
}

describe('resolvePolicy precedence', () => {
  it('uses the strict defaults when nothing is deployed, silently', () => {
    const resolved = resolvePolicy({ now: NOW });
    expect(resolved).toMatchObject({
      source: 'defaults',
      locked: false,
      version: 1,
      appliedAt: NOW,
    });
    expect(resolved.policy).toEqual(DEFAULT_POLICY);
    expect(resolved.problems).toEqual([]);
    expect(lastKnownGoodFrom(resolved)).toBeNull();
  });

  it('prefers managed storage over a signed bundle and last known good', async () => {
    const bundle = await verifiedBundle(9);
    const lastKnownGood = { policy: withVersion(example, 8), source: 'bundle', appliedAt: 1 };
    const resolved = resolvePolicy({
      managed: { policy: example },
      signedBundle: bundle,
      lastKnownGood,
      now: NOW,
    });
    expect(resolved).toMatchObject({ source: 'managed', version: 3, locked: true, appliedAt: NOW });
    expect(codes(resolved.problems)).toEqual(['managed-older-than-last-known-good']);
  });

  it('uses a verified bundle when managed storage has no policy', async () => {
    const bundle = await verifiedBundle(4);
    const resolved = resolvePolicy({ managed: {}, signedBundle: bundle, now: NOW });
    expect(resolved).toMatchObject({
      source: 'bundle',
      version: 4,
      signer: 'bundle-key',
      bundleJws: bundle.jws,
    });
    expect(lastKnownGoodFrom(resolved)).toMatchObject({ source: 'bundle', bundleJws: bundle.jws });
  });

  it('accepts a policy delivered as a JSON string (Windows registry style)', () => {
    const resolved = resolvePolicy({ managed: { policy: JSON.stringify(example) }, now: NOW });
    expect(resolved.source).toBe('managed');
  });

  it('ignores unverified or rejected bundles and says so', async () => {
    const { jws } = await verifiedBundle(4);
    const unverified = resolvePolicy({ signedBundle: { jws }, now: NOW });
    expect(unverified.source).toBe('defaults');
    expect(codes(unverified.problems)).toEqual(['bundle-unverified', 'using-defaults']);
    const rejected = resolvePolicy({
      signedBundle: {
        jws,
        verification: { ok: false, failure: 'expired', message: 'The policy bundle has expired' },
      },
      now: NOW,
    });
    expect(rejected.problems[0]).toMatchObject({ code: 'bundle-rejected', severity: 'error' });
    expect(rejected.problems[0]?.message).toContain('expired');
  });
});

describe('resolvePolicy failure handling', () => {
  const lastKnownGood = { policy: example, source: 'managed', appliedAt: 42 };

  it('keeps the last known good policy when the managed policy is invalid', () => {
    const invalid = { ...structuredClone(example), retention: { defaultDays: 'forever' } };
    const resolved = resolvePolicy({ managed: { policy: invalid }, lastKnownGood, now: NOW });
    expect(resolved).toMatchObject({
      source: 'last-known-good',
      origin: 'managed',
      version: 3,
      appliedAt: 42,
      locked: true,
    });
    expect(codes(resolved.problems)).toContain('managed-invalid');
    expect(resolved.problems.find((item) => item.code === 'managed-invalid')?.path).toMatch(
      /^\$\.policy\.retention/,
    );
    expect(lastKnownGoodFrom(resolved)).toBeNull();
  });

  it('falls back to the defaults, with an error, when there is no last known good', () => {
    const resolved = resolvePolicy({ managed: { policy: '{not json' }, now: NOW });
    expect(resolved.source).toBe('defaults');
    expect(codes(resolved.problems)).toEqual(['managed-invalid', 'using-defaults']);
    expect(resolvePolicy({ managed: 'garbage', now: NOW }).problems[0]?.code).toBe(
      'managed-invalid',
    );
  });

  it('keeps the last known good policy when managed storage could not be read or is missing', () => {
    const failed = resolvePolicy({ managedReadFailed: true, lastKnownGood, now: NOW });
    expect(failed.source).toBe('last-known-good');
    expect(codes(failed.problems)).toEqual(['managed-read-failed', 'using-last-known-good']);
    const missing = resolvePolicy({ managed: {}, lastKnownGood, now: NOW });
    expect(codes(missing.problems)).toEqual(['managed-missing', 'using-last-known-good']);
    expect(missing.problems.every((item) => item.severity === 'info')).toBe(true);
  });

  it('ignores an unreadable last known good record', () => {
    const resolved = resolvePolicy({
      lastKnownGood: { policy: { nope: 1 }, source: 'managed', appliedAt: 1 },
      now: NOW,
    });
    expect(resolved.source).toBe('defaults');
    expect(codes(resolved.problems)).toEqual(['last-known-good-invalid', 'using-defaults']);
  });

  it('reports an invalid pinned key and an invalid bundle URL without rejecting the policy', () => {
    const resolved = resolvePolicy({
      managed: {
        policy: example,
        adminPublicKey: { kty: 'RSA' },
        policyBundleUrl: 'http://insecure',
      },
      now: NOW,
    });
    expect(resolved.source).toBe('managed');
    expect(codes(resolved.problems)).toEqual(['managed-key-invalid', 'managed-invalid']);
  });

  it('notes a managed rollback but applies what the administrator deployed', () => {
    const resolved = resolvePolicy({
      managed: { policy: withVersion(example, 2) },
      lastKnownGood,
      now: NOW,
    });
    expect(resolved).toMatchObject({ source: 'managed', version: 2 });
    expect(codes(resolved.problems)).toEqual(['managed-older-than-last-known-good']);
  });

  it('applies user preferences as tightening only and reports the invalid ones', () => {
    const resolved = resolvePolicy({
      managed: { policy: example },
      userPrefs: { retentionDays: 7, autoLockMinutes: 9999, legalHold: { active: false } },
      now: NOW,
    });
    expect(resolved.policy.retention.days.EU).toBe(7);
    expect(resolved.policy.vault.autoLockMinutes).toBe(15);
    expect(resolved.basePolicy.retention.days.EU).toBe(90);
    expect(codes(resolved.problems)).toEqual(['user-prefs-invalid']);
    expect(resolved.problems[0]?.path).toBe('$.legalHold');
  });
});
