import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  currentPolicy,
  refreshPolicy,
  resetPolicyService,
  startPolicyWatch,
} from '@src/background/policy-service';
import { generateAdminKeys } from '@src/admin/keys';
import { signPolicyBundle, type Policy } from '@src/policy';

const ACME = JSON.parse(readFileSync('examples/policy/acme-policy.json', 'utf8')) as Policy;
const BUNDLE_URL = 'https://connector.acme.example/v1/policy';

beforeEach(() => resetPolicyService());
afterEach(() => vi.unstubAllGlobals());

describe('policy service adapter', () => {
  it('applies a managed policy that arrives after start (storage.onChanged, area managed)', async () => {
    startPolicyWatch();
    expect((await currentPolicy()).source).toBe('defaults');
    await fakeBrowser.storage.managed.set({ policy: ACME });
    await vi.waitFor(async () => expect((await currentPolicy()).source).toBe('managed'));
    expect((await currentPolicy()).version).toBe(ACME.version);
  });

  it('keeps the last known good policy when managed storage later turns malformed', async () => {
    await fakeBrowser.storage.managed.set({ policy: ACME });
    await refreshPolicy('start');
    await fakeBrowser.storage.managed.set({ policy: { ...ACME, version: 'nine' } });
    const resolved = await refreshPolicy('managed-changed');
    expect(resolved).toMatchObject({
      source: 'last-known-good',
      policyId: ACME.policyId,
      version: ACME.version,
    });
    expect(resolved.problems.some((p) => p.severity === 'error')).toBe(true);
  });

  it('fetches and verifies a signed bundle from the connector named in managed storage', async () => {
    const keys = await generateAdminKeys(Date.now());
    const jws = await signPolicyBundle(ACME, keys.signing.privateJwk, { now: Date.now() });
    const fetchMock = vi.fn(() => Promise.resolve(new Response(jws, { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    await fakeBrowser.storage.managed.set({
      adminPublicKey: keys.signing.publicJwk,
      policyBundleUrl: BUNDLE_URL,
    });
    const resolved = await refreshPolicy('start');
    expect(fetchMock).toHaveBeenCalledWith(BUNDLE_URL, expect.anything());
    expect(resolved).toMatchObject({ source: 'bundle', policyId: ACME.policyId });
  });

  it('refuses a bundle signed by another key and stays on the defaults', async () => {
    const pinned = await generateAdminKeys(Date.now());
    const attacker = await generateAdminKeys(Date.now());
    const jws = await signPolicyBundle(
      { ...ACME, sites: { ...ACME.sites, deny: [] } },
      attacker.signing.privateJwk,
      { now: Date.now() },
    );
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(jws, { status: 200 }))),
    );
    await fakeBrowser.storage.managed.set({
      adminPublicKey: pinned.signing.publicJwk,
      policyBundleUrl: BUNDLE_URL,
    });
    const resolved = await refreshPolicy('start');
    expect(resolved.source).toBe('defaults');
    expect(resolved.problems.map((p) => p.message).join(' ')).toMatch(/signature|key/i);
  });

  it('reports an unreachable connector as a problem and loosens nothing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await fakeBrowser.storage.managed.set({ policyBundleUrl: BUNDLE_URL });
    const resolved = await refreshPolicy('start');
    expect(resolved.source).toBe('defaults');
    expect(resolved.problems.map((p) => p.code)).toContain('bundle-fetch-failed');
  });

  it('writes a policy_applied audit event with the policy digest, and one for an invalid policy', async () => {
    const { auditStore } = await import('@src/background/services');
    await fakeBrowser.storage.managed.set({ policy: ACME });
    await refreshPolicy('start');
    await fakeBrowser.storage.managed.set({ policy: { ...ACME, version: 'nine' } });
    await refreshPolicy('managed-changed');
    await vi.waitFor(async () => {
      const events = (await (await auditStore()).list()).filter((e) => e.type === 'policy_applied');
      expect(events.map((e) => e.outcome)).toEqual(expect.arrayContaining(['ok', 'failed']));
      expect(events.some((e) => e.outcome === 'ok' && e.count === ACME.version && e.digest)).toBe(
        true,
      );
    });
  });
});
