// Signs lawful-basis records as compact JWS (ES256, device key) over their canonical JSON, and
// verifies them with the public JWK. Must never sign an invalid record, never accept another
// algorithm, and never include key material or receipt values in errors.
import { CompactSign, compactVerify, importJWK, type JWK } from 'jose';
import * as v from 'valibot';
import { canonicalReceiptJson, receiptHash } from './receipt-hash';
import { LawfulBasisRecordSchema, type LawfulBasisRecord } from './receipt-schema';

export const RECEIPT_JWS_TYPE = 'lawful-leads-receipt+jws';

export class ReceiptSigningError extends Error {
  override readonly name = 'ReceiptSigningError';
}

export async function signReceipt(
  receipt: LawfulBasisRecord,
  privateKey: CryptoKey,
  kid: string,
): Promise<string> {
  const parsed = v.safeParse(LawfulBasisRecordSchema, receipt);
  if (!parsed.success) throw new ReceiptSigningError('Refusing to sign an invalid receipt');
  if (kid.length === 0 || kid.length > 200)
    throw new ReceiptSigningError('Key id must be 1-200 characters');
  const payload = new TextEncoder().encode(canonicalReceiptJson(parsed.output));
  try {
    return await new CompactSign(payload)
      .setProtectedHeader({ alg: 'ES256', kid, typ: RECEIPT_JWS_TYPE })
      .sign(privateKey);
  } catch {
    throw new ReceiptSigningError(
      'Signing failed: an ES256 (P-256) private signing key is required',
    );
  }
}

export type VerifyFailure =
  'malformed' | 'bad-key' | 'bad-signature' | 'wrong-type' | 'not-canonical' | 'invalid-receipt';

export type VerifyResult =
  | {
      readonly valid: true;
      readonly receipt: LawfulBasisRecord;
      readonly kid: string | undefined;
      readonly hash: string;
    }
  | { readonly valid: false; readonly reason: VerifyFailure };

export async function verifyReceipt(jws: string, publicJwk: JWK): Promise<VerifyResult> {
  if (typeof jws !== 'string' || jws.split('.').length !== 3)
    return { valid: false, reason: 'malformed' };
  if (publicJwk.d !== undefined || publicJwk.kty !== 'EC' || publicJwk.crv !== 'P-256')
    return { valid: false, reason: 'bad-key' };
  let key: CryptoKey | Uint8Array;
  try {
    key = await importJWK(publicJwk, 'ES256');
  } catch {
    return { valid: false, reason: 'bad-key' };
  }
  let verified: Awaited<ReturnType<typeof compactVerify>>;
  try {
    verified = await compactVerify(jws, key, { algorithms: ['ES256'] });
  } catch {
    return { valid: false, reason: 'bad-signature' };
  }
  if (verified.protectedHeader.typ !== RECEIPT_JWS_TYPE)
    return { valid: false, reason: 'wrong-type' };
  const text = new TextDecoder().decode(verified.payload);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  const parsed = v.safeParse(LawfulBasisRecordSchema, json);
  if (!parsed.success) return { valid: false, reason: 'invalid-receipt' };
  if (canonicalReceiptJson(json as object) !== text)
    return { valid: false, reason: 'not-canonical' };
  return {
    valid: true,
    receipt: parsed.output,
    kid: verified.protectedHeader.kid,
    hash: await receiptHash(json as object),
  };
}
