// Extension side: sign a lead with the device key (JWS compact, ES256, device kid in the header),
// then encrypt the JWS to the connector (JWE compact, ECDH-ES+A256KW / A256GCM, connector kid in
// the header). Must never log the lead, and never sign without jti/iat/aud/iss claims.

import { CompactEncrypt, CompactSign, importJWK, type JWK } from 'jose';
import * as v from 'valibot';
import {
  ENVELOPE_JWE_ALG,
  ENVELOPE_JWE_ENC,
  ENVELOPE_JWS_ALG,
  ENVELOPE_JWS_TYP,
  KidSchema,
  type EnvelopeClaims,
} from './envelope-format';

export type EnvelopeSigner = {
  /** Device private key (ECDSA P-256, non-extractable is fine). */
  readonly privateKey: CryptoKey;
  readonly kid: string;
};

export type EnvelopeRecipient = {
  /** Connector public key: a CryptoKey for ECDH, or its public JWK. */
  readonly publicKey: CryptoKey | JWK;
  readonly kid: string;
};

export type SealEnvelopeInput = {
  readonly lead: unknown;
  readonly device: EnvelopeSigner;
  readonly connector: EnvelopeRecipient;
  /** Epoch ms (defaults to Date.now()). */
  readonly now?: number;
  /** Defaults to crypto.randomUUID(). */
  readonly jti?: string;
};

export type SealedEnvelope = {
  readonly jwe: string;
  readonly jti: string;
  readonly iat: number;
};

const encoder = new TextEncoder();

/** Signs then encrypts one lead. */
export async function sealEnvelope(input: SealEnvelopeInput): Promise<SealedEnvelope> {
  if (!v.is(KidSchema, input.device.kid) || !v.is(KidSchema, input.connector.kid)) {
    throw new TypeError('Envelope key ids must be 16–128 base64url characters');
  }
  if (input.lead === undefined) throw new TypeError('Envelope lead must be JSON-serialisable');
  const jti = input.jti ?? globalThis.crypto.randomUUID();
  const iat = Math.floor((input.now ?? Date.now()) / 1000);
  const claims: EnvelopeClaims = {
    jti,
    iat,
    iss: input.device.kid,
    aud: input.connector.kid,
    lead: input.lead,
  };
  const jws = await new CompactSign(encoder.encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: ENVELOPE_JWS_ALG, kid: input.device.kid, typ: ENVELOPE_JWS_TYP })
    .sign(input.device.privateKey);
  const recipientKey =
    input.connector.publicKey instanceof CryptoKey
      ? input.connector.publicKey
      : await importJWK(input.connector.publicKey, ENVELOPE_JWE_ALG);
  const jwe = await new CompactEncrypt(encoder.encode(jws))
    .setProtectedHeader({
      alg: ENVELOPE_JWE_ALG,
      enc: ENVELOPE_JWE_ENC,
      kid: input.connector.kid,
      cty: ENVELOPE_JWS_TYP,
    })
    .encrypt(recipientKey);
  return { jwe, jti, iat };
}
