// Device signing identity: an ECDSA P-256 key pair made at first run. The private key is a
// non-extractable CryptoKey (IndexedDB stores CryptoKeys by structured clone); only the public
// JWK leaves, with kid = its RFC 7638 thumbprint. Must never export or log the private key.

import { calculateJwkThumbprint, type JWK } from 'jose';

export const DEVICE_SIGNING_ALG = 'ES256';

export type DevicePublicJwk = {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
  readonly kid: string;
  readonly alg: typeof DEVICE_SIGNING_ALG;
  readonly use: 'sig';
};

export type DeviceIdentity = {
  /** Non-extractable, usage 'sign'. */
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly publicJwk: DevicePublicJwk;
  readonly kid: string;
};

/** Builds the public JWK (with thumbprint kid) for a P-256 public key. */
export async function describeDevicePublicKey(publicKey: CryptoKey): Promise<DevicePublicJwk> {
  const exported = (await globalThis.crypto.subtle.exportKey('jwk', publicKey)) as JWK;
  if (exported.kty !== 'EC' || exported.crv !== 'P-256' || !exported.x || !exported.y) {
    throw new TypeError('Device key must be an EC P-256 public key');
  }
  const core = { kty: 'EC', crv: 'P-256', x: exported.x, y: exported.y } as const;
  const kid = await calculateJwkThumbprint(core, 'sha256');
  return { ...core, kid, alg: DEVICE_SIGNING_ALG, use: 'sig' };
}

/** Creates the device key pair (private key non-extractable). Persist both CryptoKeys. */
export async function createDeviceIdentity(): Promise<DeviceIdentity> {
  const pair = await globalThis.crypto.subtle.generateKey(
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['sign', 'verify'],
  );
  return deviceIdentityFromKeys(pair.privateKey, pair.publicKey);
}

/** Rebuilds the identity from CryptoKeys read back from IndexedDB. */
export async function deviceIdentityFromKeys(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
): Promise<DeviceIdentity> {
  const publicJwk = await describeDevicePublicKey(publicKey);
  return { privateKey, publicKey, publicJwk, kid: publicJwk.kid };
}
