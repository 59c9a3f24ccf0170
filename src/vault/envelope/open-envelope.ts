// Connector side: decrypt a lead envelope with the connector's private key, verify the device
// signature (key resolved by kid), check binding (aud/iss), age and replay. Returns jti/iat so the
// connector records seen ids. Must never log or return anything from an unverified envelope.

import * as v from 'valibot';
import {
  compactDecrypt,
  compactVerify,
  decodeProtectedHeader,
  type JWK,
  type KeyObject,
} from 'jose';
import {
  DEFAULT_CLOCK_TOLERANCE_SECONDS,
  DEFAULT_ENVELOPE_MAX_AGE_SECONDS,
  ENVELOPE_JWE_ALG,
  ENVELOPE_JWE_ENC,
  ENVELOPE_JWS_ALG,
  ENVELOPE_JWS_TYP,
  EnvelopeClaimsSchema,
  EnvelopeError,
} from './envelope-format';

export type DevicePublicKeyResolver = (
  kid: string,
) => Promise<CryptoKey | JWK | undefined> | CryptoKey | JWK | undefined;

export type OpenEnvelopeOptions<TLead> = {
  /** Epoch ms (defaults to Date.now()). */
  readonly now?: number;
  readonly maxAgeSeconds?: number;
  readonly clockToleranceSeconds?: number;
  /** If given, the JWE header kid must equal it. */
  readonly expectedConnectorKid?: string;
  /** Replay check against the connector's store of seen jti values. */
  readonly isJtiSeen?: (jti: string) => Promise<boolean> | boolean;
  /** Validates the lead after the signature is verified. */
  readonly leadSchema?: v.GenericSchema<unknown, TLead>;
};

export type OpenedEnvelope<TLead> = {
  readonly lead: TLead;
  readonly jti: string;
  /** Seconds since the epoch. */
  readonly iat: number;
  readonly deviceKid: string;
  readonly connectorKid: string;
};

const decoder = new TextDecoder('utf-8', { fatal: true });

async function decryptOuter(
  jwe: string,
  connectorPrivateKey: CryptoKey | KeyObject | JWK,
): Promise<{ jws: string; connectorKid: string }> {
  try {
    const { plaintext, protectedHeader } = await compactDecrypt(jwe, connectorPrivateKey, {
      keyManagementAlgorithms: [ENVELOPE_JWE_ALG],
      contentEncryptionAlgorithms: [ENVELOPE_JWE_ENC],
    });
    if (typeof protectedHeader.kid !== 'string' || protectedHeader.cty !== ENVELOPE_JWS_TYP) {
      throw new EnvelopeError('malformed');
    }
    return { jws: decoder.decode(plaintext), connectorKid: protectedHeader.kid };
  } catch (error) {
    if (error instanceof EnvelopeError) throw error;
    throw new EnvelopeError('decrypt_failed');
  }
}

async function verifyInner(
  jws: string,
  resolve: DevicePublicKeyResolver,
): Promise<{ payload: Uint8Array; deviceKid: string }> {
  let kid: unknown;
  let typ: unknown;
  try {
    ({ kid, typ } = decodeProtectedHeader(jws));
  } catch {
    throw new EnvelopeError('malformed');
  }
  if (typeof kid !== 'string' || typ !== ENVELOPE_JWS_TYP) throw new EnvelopeError('malformed');
  const key = await resolve(kid);
  if (key === undefined) throw new EnvelopeError('unknown_device');
  try {
    const { payload } = await compactVerify(jws, key, { algorithms: [ENVELOPE_JWS_ALG] });
    return { payload, deviceKid: kid };
  } catch {
    throw new EnvelopeError('signature_invalid');
  }
}

/** Opens and verifies one envelope; throws EnvelopeError (with a code) on any failure. */
export async function openEnvelope<TLead = unknown>(
  jwe: string,
  connectorPrivateKey: CryptoKey | KeyObject | JWK,
  resolveDevicePublicKey: DevicePublicKeyResolver,
  options: OpenEnvelopeOptions<TLead> = {},
): Promise<OpenedEnvelope<TLead>> {
  if (typeof jwe !== 'string') throw new EnvelopeError('malformed');
  const { jws, connectorKid } = await decryptOuter(jwe, connectorPrivateKey);
  if (options.expectedConnectorKid !== undefined && connectorKid !== options.expectedConnectorKid) {
    throw new EnvelopeError('wrong_recipient');
  }
  const { payload, deviceKid } = await verifyInner(jws, resolveDevicePublicKey);
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(payload));
  } catch {
    throw new EnvelopeError('malformed');
  }
  const claims = v.safeParse(EnvelopeClaimsSchema, json);
  if (!claims.success) throw new EnvelopeError('malformed');
  const { jti, iat, iss, aud, lead } = claims.output;
  if (iss !== deviceKid) throw new EnvelopeError('malformed');
  if (aud !== connectorKid) throw new EnvelopeError('wrong_recipient');
  const nowSeconds = Math.floor((options.now ?? Date.now()) / 1000);
  const tolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  if (iat > nowSeconds + tolerance) throw new EnvelopeError('not_yet_valid');
  if (nowSeconds - iat > (options.maxAgeSeconds ?? DEFAULT_ENVELOPE_MAX_AGE_SECONDS)) {
    throw new EnvelopeError('expired');
  }
  if (options.isJtiSeen !== undefined && (await options.isJtiSeen(jti))) {
    throw new EnvelopeError('replayed');
  }
  let typedLead = lead as TLead;
  if (options.leadSchema !== undefined) {
    const parsedLead = v.safeParse(options.leadSchema, lead);
    if (!parsedLead.success) throw new EnvelopeError('invalid_lead');
    typedLead = parsedLead.output;
  }
  return { lead: typedLead, jti, iat, deviceKid, connectorKid };
}
