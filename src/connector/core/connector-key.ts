// Turns the connector's private JWK into what the app needs: the private key for opening
// envelopes, and the public JWK with its RFC 7638 thumbprint kid (served at /v1/connector-key).
// Must never put the private part (`d`) into the public JWK.
import { importJWK, type JWK } from 'jose';
import { jwkThumbprintKid, type ConnectorPublicJwk } from '@src/vault/envelope';
import type { ConnectorKey } from './types';

const ALG = 'ECDH-ES+A256KW';

export async function connectorKeyFromPrivateJwk(jwk: JWK): Promise<ConnectorKey> {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y || !jwk.d) {
    throw new Error('Connector key must be a private EC P-256 JWK');
  }
  const core = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
  const kid = await jwkThumbprintKid(core);
  const privateKey = await importJWK({ ...core, d: jwk.d }, ALG);
  const publicJwk: ConnectorPublicJwk = { ...core, kid, alg: ALG, use: 'enc' };
  return { privateKey: privateKey as CryptoKey, publicJwk, kid };
}
