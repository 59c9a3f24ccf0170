// Generates the administrator's key pairs as JWKs: an ES256 policy-signing pair and an ECDH-ES
// P-256 connector encryption pair, each with a kid derived from its thumbprint.
// Must never log or embed private keys anywhere but the returned private JWKs.
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

export interface KeyPairJwks {
  privateJwk: JWK;
  publicJwk: JWK;
}

export interface AdminKeys {
  signing: KeyPairJwks;
  encryption: KeyPairJwks;
}

export async function generateAdminKeys(now: number): Promise<AdminKeys> {
  const stamp = new Date(now).toISOString().slice(0, 10);
  return {
    signing: await pair('ES256', { alg: 'ES256', use: 'sig' }, `policy-signing-${stamp}`),
    encryption: await pair(
      'ECDH-ES',
      { alg: 'ECDH-ES', use: 'enc', crv: 'P-256' },
      `connector-enc-${stamp}`,
    ),
  };
}

async function pair(
  algorithm: 'ES256' | 'ECDH-ES',
  members: { alg: string; use: string; crv?: string },
  prefix: string,
): Promise<KeyPairJwks> {
  const { publicKey, privateKey } = await generateKeyPair(algorithm, {
    extractable: true,
    ...(members.crv ? { crv: members.crv } : {}),
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = `${prefix}-${(await calculateJwkThumbprint(publicJwk)).slice(0, 8)}`;
  const extra = { kid, alg: members.alg, use: members.use };
  return {
    publicJwk: { ...publicJwk, ...extra },
    privateJwk: { ...(await exportJWK(privateKey)), ...extra },
  };
}
