import { describe, expect, it } from 'vitest';
import { createConnectorKeyPair, jwkThumbprintKid } from '@src/vault/envelope/connector-keys';
import { createDeviceIdentity } from '@src/vault/envelope/device-identity';
import { openEnvelope } from '@src/vault/envelope/open-envelope';
import { sealEnvelope } from '@src/vault/envelope/seal-envelope';

describe('connector key pair', () => {
  it('has a thumbprint kid, a public JWK without d, and works end to end as JWKs', async () => {
    const connector = await createConnectorKeyPair();
    expect(connector.publicJwk).not.toHaveProperty('d');
    expect(connector.privateJwk).toHaveProperty('d');
    expect(connector.publicJwk).toMatchObject({
      kty: 'EC',
      crv: 'P-256',
      alg: 'ECDH-ES+A256KW',
      use: 'enc',
    });
    expect(await jwkThumbprintKid(connector.publicJwk)).toBe(connector.kid);
    const device = await createDeviceIdentity();
    const stored = JSON.parse(JSON.stringify(connector)) as typeof connector;
    const { jwe } = await sealEnvelope({
      lead: { company: 'Example' },
      device,
      connector: { publicKey: stored.publicJwk, kid: stored.kid },
    });
    const opened = await openEnvelope(jwe, stored.privateJwk, () => device.publicJwk, {
      expectedConnectorKid: connector.kid,
    });
    expect(opened.lead).toEqual({ company: 'Example' });
  });
});
