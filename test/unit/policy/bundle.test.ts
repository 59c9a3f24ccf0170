import { exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { signPolicyBundle, verifyPolicyBundle, DEFAULT_POLICY } from '@src/policy';
import { loadExamplePolicy, signingKeyPair, withVersion } from './fixtures';

const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 86_400_000;
const policy = loadExamplePolicy();

describe('policy bundles', () => {
  it.each(['ES256', 'EdDSA'] as const)('signs and verifies with %s', async (alg) => {
    const { privateJwk, publicJwk } = await signingKeyPair(alg, `kid-${alg}`);
    const jws = await signPolicyBundle(policy, privateJwk, { now: NOW, expiresInDays: 30 });
    const result = await verifyPolicyBundle(jws, publicJwk, { now: NOW + DAY, minVersion: 3 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy).toEqual(policy);
    expect(result.signer).toBe(`kid-${alg}`);
    expect(result.expiresAt).toBe(Math.floor(NOW / 1000) * 1000 + 30 * DAY);
  });

  it('rejects a bundle signed with another key', async () => {
    const signer = await signingKeyPair();
    const other = await signingKeyPair();
    const jws = await signPolicyBundle(policy, signer.privateJwk, { now: NOW });
    const result = await verifyPolicyBundle(jws, other.publicJwk, { now: NOW });
    expect(result).toMatchObject({ ok: false, failure: 'bad-signature' });
  });

  it('rejects a tampered payload', async () => {
    const { privateJwk, publicJwk } = await signingKeyPair();
    const jws = await signPolicyBundle(policy, privateJwk, { now: NOW });
    const [header, payload, signature] = jws.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as {
      policy: typeof policy;
    };
    claims.policy.retention.days.EU = 3650;
    const forged = [
      header,
      Buffer.from(JSON.stringify(claims)).toString('base64url'),
      signature,
    ].join('.');
    expect(await verifyPolicyBundle(forged, publicJwk, { now: NOW })).toMatchObject({
      ok: false,
      failure: 'bad-signature',
    });
  });

  it('rejects expired and not-yet-valid bundles', async () => {
    const { privateJwk, publicJwk } = await signingKeyPair();
    const jws = await signPolicyBundle(policy, privateJwk, { now: NOW, expiresInDays: 1 });
    expect(await verifyPolicyBundle(jws, publicJwk, { now: NOW + 2 * DAY })).toMatchObject({
      ok: false,
      failure: 'expired',
    });
    const future = await signPolicyBundle(policy, privateJwk, { now: NOW, notBefore: NOW + DAY });
    expect(await verifyPolicyBundle(future, publicJwk, { now: NOW })).toMatchObject({
      ok: false,
      failure: 'not-yet-valid',
    });
  });

  it('rejects a replayed older version', async () => {
    const { privateJwk, publicJwk } = await signingKeyPair();
    const jws = await signPolicyBundle(withVersion(policy, 2), privateJwk, { now: NOW });
    const result = await verifyPolicyBundle(jws, publicJwk, { now: NOW, minVersion: 3 });
    expect(result).toMatchObject({ ok: false, failure: 'replayed' });
    expect(await verifyPolicyBundle(jws, publicJwk, { now: NOW, minVersion: 2 })).toMatchObject({
      ok: true,
    });
  });

  it('rejects a validly signed but invalid policy, naming the path', async () => {
    const { privateJwk, publicJwk } = await signingKeyPair();
    const broken = { ...structuredClone(DEFAULT_POLICY), vault: { autoLockMinutes: 0 } };
    const jws = await signPolicyBundle(broken, privateJwk, { now: NOW });
    const result = await verifyPolicyBundle(jws, publicJwk, { now: NOW });
    expect(result).toMatchObject({ ok: false, failure: 'invalid-policy' });
    expect(!result.ok && result.message).toContain('$.vault.autoLockMinutes');
  });

  it('refuses unusable pinned keys and malformed bundles', async () => {
    const { privateJwk, publicJwk } = await signingKeyPair();
    const jws = await signPolicyBundle(policy, privateJwk, { now: NOW });
    expect(await verifyPolicyBundle(jws, privateJwk, { now: NOW })).toMatchObject({
      failure: 'bad-key',
    });
    expect(await verifyPolicyBundle(jws, undefined, { now: NOW })).toMatchObject({
      failure: 'bad-key',
    });
    const ecdh = await generateKeyPair('ECDH-ES', { crv: 'X25519', extractable: true });
    expect(
      await verifyPolicyBundle(jws, await exportJWK(ecdh.publicKey), { now: NOW }),
    ).toMatchObject({
      failure: 'bad-key',
    });
    expect(await verifyPolicyBundle('not.a.jws', publicJwk, { now: NOW })).toMatchObject({
      failure: 'malformed',
    });
    const ed = await signingKeyPair('EdDSA');
    const edJws = await signPolicyBundle(policy, ed.privateJwk, { now: NOW });
    expect(await verifyPolicyBundle(edJws, publicJwk, { now: NOW })).toMatchObject({
      ok: false,
      failure: 'bad-signature',
    });
  });

  it('refuses to sign with a public or unsupported key', async () => {
    const { publicJwk } = await signingKeyPair();
    await expect(signPolicyBundle(policy, publicJwk, { now: NOW })).rejects.toThrow(/private/);
  });

  it('never puts key material in failure messages', async () => {
    const { privateJwk } = await signingKeyPair();
    const result = await verifyPolicyBundle('x', privateJwk, { now: NOW });
    expect(JSON.stringify(result)).not.toContain(String(privateJwk.d));
  });
});
