// Signs and verifies policy bundles: a compact JWS (JWT claims) whose `policy` claim is the document.
// Must never accept a bundle that fails any check (key, signature, time window, version, schema),
// and never put key material or policy values into messages.
import { importJWK, jwtVerify, SignJWT, errors, type JWK } from 'jose';
import { isSigningKey } from './consistency';
import { parsePolicy, formatPath } from './parse';
import type { Policy } from './schema';

export const POLICY_BUNDLE_TYPE = 'lawful-leads-policy+jwt';
const DAY_SECONDS = 86_400;

export const BUNDLE_FAILURES = {
  badKey: 'bad-key',
  badSignature: 'bad-signature',
  malformed: 'malformed',
  expired: 'expired',
  notYetValid: 'not-yet-valid',
  replayed: 'replayed',
  invalidPolicy: 'invalid-policy',
} as const;
export type BundleFailure = (typeof BUNDLE_FAILURES)[keyof typeof BUNDLE_FAILURES];

export type BundleVerification =
  | { ok: true; policy: Policy; signer: string; issuedAt?: number; expiresAt?: number }
  | { ok: false; failure: BundleFailure; message: string };

export function signingAlgorithm(jwk: { kty?: string; crv?: string }): 'ES256' | 'EdDSA' | null {
  if (!jwk.kty || !jwk.crv || !isSigningKey(jwk.kty, jwk.crv)) return null;
  return jwk.kty === 'EC' ? 'ES256' : 'EdDSA';
}

export interface SignOptions {
  now: number;
  /** Bundle lifetime; after it, extensions stop accepting this bundle as a new policy. */
  expiresInDays?: number;
  notBefore?: number;
}

export async function signPolicyBundle(
  policy: Policy,
  privateJwk: JWK,
  options: SignOptions,
): Promise<string> {
  const alg = signingAlgorithm(privateJwk);
  if (!alg || typeof privateJwk.d !== 'string') {
    throw new Error('The signing key must be a private EC P-256 or Ed25519 JWK');
  }
  const key = await importJWK(privateJwk, alg);
  const issuedAt = Math.floor(options.now / 1000);
  const jwt = new SignJWT({ policy })
    .setProtectedHeader({
      alg,
      typ: POLICY_BUNDLE_TYPE,
      ...(privateJwk.kid ? { kid: privateJwk.kid } : {}),
    })
    .setIssuedAt(issuedAt)
    .setSubject(policy.policyId)
    .setExpirationTime(issuedAt + (options.expiresInDays ?? 365) * DAY_SECONDS);
  if (options.notBefore !== undefined) jwt.setNotBefore(Math.floor(options.notBefore / 1000));
  return jwt.sign(key);
}

export interface VerifyOptions {
  /** Lowest acceptable policy version, inclusive. Pass lastApplied + 1 to refuse replays. */
  minVersion?: number;
  now: number;
}

export async function verifyPolicyBundle(
  jws: string,
  adminPublicJwk: unknown,
  options: VerifyOptions,
): Promise<BundleVerification> {
  const jwk = adminPublicJwk as JWK | undefined;
  const alg = jwk && typeof jwk === 'object' ? signingAlgorithm(jwk) : null;
  if (!jwk || !alg || 'd' in jwk) {
    return fail('badKey', 'The pinned admin key is not a public EC P-256 or Ed25519 key');
  }
  let claims: Record<string, unknown>;
  let kid: string | undefined;
  try {
    const key = await importJWK(jwk, alg);
    const verified = await jwtVerify(jws, key, {
      algorithms: [alg],
      typ: POLICY_BUNDLE_TYPE,
      currentDate: new Date(options.now),
      clockTolerance: 60,
    });
    claims = verified.payload;
    kid = verified.protectedHeader.kid;
  } catch (error) {
    return classify(error);
  }
  const parsed = parsePolicy(claims.policy);
  if (!parsed.ok) {
    const first = parsed.issues[0];
    const where = first ? ` (${formatPath(first.path)}: ${first.message})` : '';
    return fail('invalidPolicy', `The signed policy is not valid${where}`);
  }
  if (options.minVersion !== undefined && parsed.policy.version < options.minVersion) {
    return fail(
      'replayed',
      `Policy version ${parsed.policy.version} is older than the version already applied`,
    );
  }
  return {
    ok: true,
    policy: parsed.policy,
    signer: kid ?? jwk.kid ?? 'admin key',
    ...(typeof claims.iat === 'number' ? { issuedAt: claims.iat * 1000 } : {}),
    ...(typeof claims.exp === 'number' ? { expiresAt: claims.exp * 1000 } : {}),
  };
}

function classify(error: unknown): BundleVerification {
  if (error instanceof errors.JWTExpired) return fail('expired', 'The policy bundle has expired');
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
    return fail('notYetValid', 'The policy bundle is not valid yet');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return fail(
      'badSignature',
      'The signature does not match the pinned admin key (wrong key or altered bundle)',
    );
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return fail(
      'badSignature',
      'The bundle is signed with an algorithm the pinned key does not allow',
    );
  }
  if (error instanceof errors.JOSEError) {
    return fail('malformed', `The policy bundle is malformed (${error.code})`);
  }
  return fail('malformed', 'The policy bundle could not be read');
}

function fail(failure: keyof typeof BUNDLE_FAILURES, message: string): BundleVerification {
  return { ok: false, failure: BUNDLE_FAILURES[failure], message };
}
