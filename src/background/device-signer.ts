// The device identity that signs lead envelopes and lawful-basis receipts: the vault's ECDSA P-256
// key pair, created at vault set-up, private key non-extractable, kept in IndexedDB as a CryptoKey.
// Must never export the private key or create a second identity beside the vault's.
import type { JWK } from 'jose';
import { RequestError } from '@src/messaging/errors';
import { bilingual } from '@src/ui/i18n/bilingual';
import { ERROR_CODES } from '@src/messaging/protocol';
import { deviceIdentityFromKeys, type DeviceIdentity } from '@src/vault/envelope';
import { db } from './services';

export interface DeviceSigner {
  privateKey: CryptoKey;
  publicJwk: JWK;
  kid: string;
}

export async function deviceIdentity(): Promise<DeviceIdentity> {
  const stored = await (await db()).get('keys', 'device');
  if (!stored) {
    throw new RequestError(ERROR_CODES.locked, bilingual('errDeviceNoKey'));
  }
  return deviceIdentityFromKeys(stored.privateKey, stored.publicKey);
}

export async function deviceSigner(): Promise<DeviceSigner> {
  const identity = await deviceIdentity();
  return {
    privateKey: identity.privateKey,
    publicJwk: { ...identity.publicJwk, kid: identity.kid, alg: 'ES256' },
    kid: identity.kid,
  };
}
