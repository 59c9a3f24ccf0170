// Connector key pair for envelopes (ECDH-ES+A256KW on P-256) and thumbprint kids. Platform-free;
// the connector's Node adapter decides where the private JWK is kept.
// Must never log or embed the private JWK; only the public JWK (with kid) is shared.

import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { ENVELOPE_JWE_ALG } from './envelope-format';

export type ConnectorPublicJwk = JWK & {
  readonly kid: string;
  readonly alg: typeof ENVELOPE_JWE_ALG;
  readonly use: 'enc';
};

export type ConnectorKeyPair = {
  /** Private JWK (with `d`): keep on the connector only. */
  readonly privateJwk: JWK;
  readonly publicJwk: ConnectorPublicJwk;
  readonly kid: string;
};

/** RFC 7638 SHA-256 thumbprint of a public key's required members, base64url. */
export function jwkThumbprintKid(jwk: JWK): Promise<string> {
  return calculateJwkThumbprint(jwk, 'sha256');
}

/** A new connector key pair, exported as JWKs with a thumbprint kid. */
export async function createConnectorKeyPair(): Promise<ConnectorKeyPair> {
  const pair = await generateKeyPair(ENVELOPE_JWE_ALG, { crv: 'P-256', extractable: true });
  const publicCore = await exportJWK(pair.publicKey);
  const kid = await jwkThumbprintKid(publicCore);
  const privateJwk = { ...(await exportJWK(pair.privateKey)), kid, alg: ENVELOPE_JWE_ALG };
  const publicJwk: ConnectorPublicJwk = { ...publicCore, kid, alg: ENVELOPE_JWE_ALG, use: 'enc' };
  return { privateJwk, publicJwk, kid };
}
