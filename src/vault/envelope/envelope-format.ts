// Shared format of lead envelopes (extension → connector): header values, claims schema and the
// error type. Both ends import this file, so they agree by construction.
// Must never put lead contents into errors or logs.

import * as v from 'valibot';

export const ENVELOPE_JWS_TYP = 'll-lead+jws';
export const ENVELOPE_JWE_ALG = 'ECDH-ES+A256KW';
export const ENVELOPE_JWE_ENC = 'A256GCM';
export const ENVELOPE_JWS_ALG = 'ES256';

/** Default maximum envelope age accepted by the connector (leads may queue while offline). */
export const DEFAULT_ENVELOPE_MAX_AGE_SECONDS = 14 * 24 * 3600;
/** Default tolerance for an `iat` slightly in the future (clock skew between machines). */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 300;

/** Key ids: base64url-ish, 16–128 characters (RFC 7638 thumbprints are 43). */
export const KidSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{16,128}$/));

/** The signed claims. `lead` is opaque here; the connector validates it with its own schema. */
export const EnvelopeClaimsSchema = v.strictObject({
  /** Unique id for replay protection (UUID). */
  jti: v.pipe(v.string(), v.uuid()),
  /** Issued-at, seconds since the epoch. */
  iat: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  /** Device kid (must equal the JWS header kid). */
  iss: KidSchema,
  /** Connector kid (must equal the JWE header kid): stops re-encrypting a signed lead to others. */
  aud: KidSchema,
  lead: v.unknown(),
});
export type EnvelopeClaims = v.InferOutput<typeof EnvelopeClaimsSchema>;

const ENVELOPE_ERROR_MESSAGES = {
  malformed: 'Envelope is malformed',
  decrypt_failed: 'Envelope decryption failed',
  wrong_recipient: 'Envelope is addressed to another connector',
  unknown_device: 'Envelope signed by an unknown device',
  signature_invalid: 'Envelope signature is invalid',
  expired: 'Envelope is too old',
  not_yet_valid: 'Envelope is from the future',
  replayed: 'Envelope was already received',
  invalid_lead: 'Envelope lead does not match the schema',
} as const;

export type EnvelopeErrorCode = keyof typeof ENVELOPE_ERROR_MESSAGES;

/** Every envelope failure; `code` tells the connector what to do, the message is fixed. */
export class EnvelopeError extends Error {
  override readonly name = 'EnvelopeError';
  readonly code: EnvelopeErrorCode;
  constructor(code: EnvelopeErrorCode) {
    super(ENVELOPE_ERROR_MESSAGES[code]);
    this.code = code;
  }
}
