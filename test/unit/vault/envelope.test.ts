import { CompactEncrypt, CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  createDeviceIdentity,
  deviceIdentityFromKeys,
  type DeviceIdentity,
} from '@src/vault/envelope/device-identity';
import { EnvelopeError, type EnvelopeErrorCode } from '@src/vault/envelope/envelope-format';
import { openEnvelope, type DevicePublicKeyResolver } from '@src/vault/envelope/open-envelope';
import { createReplayGuard } from '@src/vault/envelope/replay-guard';
import { sealEnvelope } from '@src/vault/envelope/seal-envelope';

type Connector = { privateKey: CryptoKey; publicJwk: JWK; kid: string };

async function makeConnector(kid: string): Promise<Connector> {
  const pair = await generateKeyPair('ECDH-ES+A256KW', { crv: 'P-256' });
  return { privateKey: pair.privateKey, publicJwk: await exportJWK(pair.publicKey), kid };
}

const CONNECTOR_KID = 'connector-key-0001';
const lead = { name: 'Grace Hopper', email: 'grace@example.org', company: 'Navy' };
const NOW = Date.UTC(2026, 10, 23, 12);

function resolverFor(...devices: DeviceIdentity[]): DevicePublicKeyResolver {
  return (kid) => devices.find((d) => d.kid === kid)?.publicJwk;
}

async function expectCode(promise: Promise<unknown>, code: EnvelopeErrorCode): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EnvelopeError);
  expect((error as EnvelopeError).code).toBe(code);
  expect((error as Error).message).not.toContain('grace');
}

async function setup(): Promise<{
  device: DeviceIdentity;
  connector: Connector;
  jwe: string;
  jti: string;
}> {
  const device = await createDeviceIdentity();
  const connector = await makeConnector(CONNECTOR_KID);
  const sealed = await sealEnvelope({
    lead,
    device,
    connector: { publicKey: connector.publicJwk, kid: connector.kid },
    now: NOW,
  });
  return { device, connector, jwe: sealed.jwe, jti: sealed.jti };
}

describe('device identity', () => {
  it('has a non-extractable private key and a thumbprint kid', async () => {
    const device = await createDeviceIdentity();
    expect(device.privateKey.extractable).toBe(false);
    expect(device.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(device.publicJwk).not.toHaveProperty('d');
    expect(device.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rebuilt = await deviceIdentityFromKeys(
      structuredClone(device.privateKey),
      structuredClone(device.publicKey),
    );
    expect(rebuilt.kid).toBe(device.kid);
  });
});

describe('sealEnvelope / openEnvelope', () => {
  it('signs then encrypts; the connector opens and verifies it', async () => {
    const { device, connector, jwe, jti } = await setup();
    expect(jwe.split('.')).toHaveLength(5);
    expect(jwe).not.toContain('grace');
    const header = JSON.parse(atob(jwe.split('.')[0]!.replace(/-/g, '+').replace(/_/g, '/'))) as {
      alg: string;
      enc: string;
      kid: string;
    };
    expect(header).toMatchObject({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', kid: CONNECTOR_KID });
    const opened = await openEnvelope(jwe, connector.privateKey, resolverFor(device), {
      now: NOW + 1000,
      expectedConnectorKid: CONNECTOR_KID,
    });
    expect(opened).toEqual({
      lead,
      jti,
      iat: Math.floor(NOW / 1000),
      deviceKid: device.kid,
      connectorKid: CONNECTOR_KID,
    });
  });

  it('validates the lead with a schema when given one', async () => {
    const { device, connector, jwe } = await setup();
    const good = v.object({ email: v.pipe(v.string(), v.email()) });
    const opened = await openEnvelope(jwe, connector.privateKey, resolverFor(device), {
      now: NOW,
      leadSchema: good,
    });
    expect(opened.lead.email).toBe('grace@example.org');
    const bad = v.object({ phone: v.string() });
    await expectCode(
      openEnvelope(jwe, connector.privateKey, resolverFor(device), { now: NOW, leadSchema: bad }),
      'invalid_lead',
    );
  });

  it('the wrong connector key cannot decrypt', async () => {
    const { device, jwe } = await setup();
    const other = await makeConnector(CONNECTOR_KID);
    await expectCode(
      openEnvelope(jwe, other.privateKey, resolverFor(device), { now: NOW }),
      'decrypt_failed',
    );
  });

  it('an unknown device or the wrong device key is refused', async () => {
    const { connector, jwe } = await setup();
    const stranger = await createDeviceIdentity();
    await expectCode(
      openEnvelope(jwe, connector.privateKey, resolverFor(stranger), { now: NOW }),
      'unknown_device',
    );
    const { device } = await setup();
    await expectCode(
      openEnvelope(jwe, connector.privateKey, () => stranger.publicJwk, { now: NOW }),
      'signature_invalid',
    );
    expect(device.kid).not.toBe(stranger.kid);
  });

  it('a tampered envelope fails (each of the five parts)', async () => {
    const { device, connector, jwe } = await setup();
    const parts = jwe.split('.');
    for (let i = 0; i < parts.length; i += 1) {
      const part = parts[i]!;
      if (part === '') continue;
      const mid = Math.floor(part.length / 2);
      const swapped = part.slice(0, mid) + (part[mid] === 'A' ? 'B' : 'A') + part.slice(mid + 1);
      const tampered = [...parts.slice(0, i), swapped, ...parts.slice(i + 1)].join('.');
      const error: unknown = await openEnvelope(
        tampered,
        connector.privateKey,
        resolverFor(device),
        {
          now: NOW,
        },
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(EnvelopeError);
    }
    await expectCode(
      openEnvelope('not.a.jwe', connector.privateKey, resolverFor(device)),
      'decrypt_failed',
    );
  });

  it('a signed lead re-encrypted to another connector is refused (aud binding)', async () => {
    const device = await createDeviceIdentity();
    const intended = await makeConnector('connector-intended-01');
    const attacker = await makeConnector('connector-attacker-01');
    const { jwe } = await sealEnvelope({
      lead,
      device,
      connector: { publicKey: intended.publicJwk, kid: intended.kid },
      now: NOW,
    });
    // The intended connector (or anyone holding its key) decrypts and forwards the inner JWS.
    const { compactDecrypt } = await import('jose');
    const { plaintext } = await compactDecrypt(jwe, intended.privateKey);
    const forwarded = await new CompactEncrypt(plaintext)
      .setProtectedHeader({
        alg: 'ECDH-ES+A256KW',
        enc: 'A256GCM',
        kid: attacker.kid,
        cty: 'll-lead+jws',
      })
      .encrypt(attacker.publicJwk);
    await expectCode(
      openEnvelope(forwarded, attacker.privateKey, resolverFor(device), { now: NOW }),
      'wrong_recipient',
    );
    await expectCode(
      openEnvelope(jwe, intended.privateKey, resolverFor(device), {
        now: NOW,
        expectedConnectorKid: 'someone-else-0001',
      }),
      'wrong_recipient',
    );
  });

  it('refuses a JWS with a claims set that does not match the schema', async () => {
    const device = await createDeviceIdentity();
    const connector = await makeConnector(CONNECTOR_KID);
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify({ lead })))
      .setProtectedHeader({ alg: 'ES256', kid: device.kid, typ: 'll-lead+jws' })
      .sign(device.privateKey);
    const jwe = await new CompactEncrypt(new TextEncoder().encode(jws))
      .setProtectedHeader({
        alg: 'ECDH-ES+A256KW',
        enc: 'A256GCM',
        kid: connector.kid,
        cty: 'll-lead+jws',
      })
      .encrypt(connector.publicJwk);
    await expectCode(
      openEnvelope(jwe, connector.privateKey, resolverFor(device), { now: NOW }),
      'malformed',
    );
  });

  it('a replayed jti is refused; the returned jti feeds the replay store', async () => {
    const { device, connector, jwe } = await setup();
    const guard = createReplayGuard();
    const opened = await openEnvelope(jwe, connector.privateKey, resolverFor(device), {
      now: NOW,
      isJtiSeen: guard.isJtiSeen,
    });
    guard.remember(opened.jti, opened.iat);
    await expectCode(
      openEnvelope(jwe, connector.privateKey, resolverFor(device), {
        now: NOW,
        isJtiSeen: guard.isJtiSeen,
      }),
      'replayed',
    );
    guard.prune(NOW + 15 * 24 * 3600 * 1000);
    expect(guard.size()).toBe(0);
  });

  it('refuses envelopes that are too old or from the future', async () => {
    const { device, connector, jwe } = await setup();
    await expectCode(
      openEnvelope(jwe, connector.privateKey, resolverFor(device), {
        now: NOW + 2 * 3600 * 1000,
        maxAgeSeconds: 3600,
      }),
      'expired',
    );
    await expectCode(
      openEnvelope(jwe, connector.privateKey, resolverFor(device), { now: NOW - 3600 * 1000 }),
      'not_yet_valid',
    );
    await expect(
      openEnvelope(jwe, connector.privateKey, resolverFor(device), { now: NOW - 60 * 1000 }),
    ).resolves.toBeDefined();
  });

  it('refuses to seal with malformed key ids or an undefined lead', async () => {
    const device = await createDeviceIdentity();
    const connector = await makeConnector(CONNECTOR_KID);
    const recipient = { publicKey: connector.publicJwk, kid: CONNECTOR_KID };
    await expect(
      sealEnvelope({ lead, device, connector: { ...recipient, kid: 'short' } }),
    ).rejects.toThrow(TypeError);
    await expect(
      sealEnvelope({
        lead,
        device: { ...device, kid: 'has spaces in it!!' },
        connector: recipient,
      }),
    ).rejects.toThrow(TypeError);
    await expect(sealEnvelope({ lead: undefined, device, connector: recipient })).rejects.toThrow(
      TypeError,
    );
  });

  it('each envelope gets a fresh jti', async () => {
    const device = await createDeviceIdentity();
    const connector = await makeConnector(CONNECTOR_KID);
    const input = {
      lead,
      device,
      connector: { publicKey: connector.publicJwk, kid: CONNECTOR_KID },
    };
    const a = await sealEnvelope(input);
    const b = await sealEnvelope(input);
    expect(a.jti).not.toBe(b.jti);
    expect(a.jti).toMatch(/^[0-9a-f-]{36}$/);
  });
});
