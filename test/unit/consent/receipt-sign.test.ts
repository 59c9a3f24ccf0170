import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { canonicalReceiptJson, receiptHash } from '@src/consent/receipt-hash';
import { parseLawfulBasisRecord } from '@src/consent/receipt-schema';
import {
  RECEIPT_JWS_TYPE,
  ReceiptSigningError,
  signReceipt,
  verifyReceipt,
} from '@src/consent/receipt-sign';
import { validRecord } from './fixtures';

async function deviceKeys() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { privateKey, publicJwk: await exportJWK(publicKey) };
}

const b64url = (text: string) => Buffer.from(text).toString('base64url');
const fromB64url = (text: string) => Buffer.from(text, 'base64url').toString('utf8');

describe('receipt schema', () => {
  it('accepts a built record and refuses a raw email as subject id', async () => {
    const record = await validRecord('EU', 'consent');
    expect(parseLawfulBasisRecord(record).success).toBe(true);
    expect(parseLawfulBasisRecord({ ...record, piiPrincipalId: 'jane@example.com' }).success).toBe(
      false,
    );
    expect(parseLawfulBasisRecord({ ...record, purposes: [] }).success).toBe(false);
    expect(parseLawfulBasisRecord({ ...record, piiControllers: [] }).success).toBe(false);
  });
});

describe('receiptHash', () => {
  it('is SHA-256 hex over canonical JSON: key order and undefined members do not matter', async () => {
    const record = await validRecord('EU', 'consent');
    const reordered = Object.fromEntries(Object.entries(record).reverse());
    const hash = await receiptHash(record);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await receiptHash(reordered)).toBe(hash);
    expect(await receiptHash({ ...record, ccpa: undefined })).toBe(hash);
    expect(await receiptHash({ ...record, language: 'de' })).not.toBe(hash);
    expect(canonicalReceiptJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe(
      '{"a":[{"d":2}],"b":1}',
    );
  });
});

describe('signReceipt / verifyReceipt', () => {
  it('round-trips: verifies with the public JWK and returns the receipt, kid and hash', async () => {
    const { privateKey, publicJwk } = await deviceKeys();
    const record = await validRecord('EU', 'legitimate_interests');
    const jws = await signReceipt(record, privateKey, 'device-1');
    const header = JSON.parse(fromB64url(jws.split('.')[0] ?? '')) as Record<string, unknown>;
    expect(header).toEqual({ alg: 'ES256', kid: 'device-1', typ: RECEIPT_JWS_TYPE });
    const result = await verifyReceipt(jws, publicJwk);
    expect(result).toEqual({
      valid: true,
      receipt: record,
      kid: 'device-1',
      hash: await receiptHash(record),
    });
  });

  it('detects a tampered payload', async () => {
    const { privateKey, publicJwk } = await deviceKeys();
    const record = await validRecord('EU', 'consent');
    const [h, p, s] = (await signReceipt(record, privateKey, 'k')).split('.');
    const payload = JSON.parse(fromB64url(p ?? '')) as Record<string, unknown>;
    const tampered = canonicalReceiptJson({
      ...payload,
      jurisdiction: { ...(payload.jurisdiction as object), id: 'US-OTHER' },
    });
    expect(await verifyReceipt(`${h}.${b64url(tampered)}.${s}`, publicJwk)).toEqual({
      valid: false,
      reason: 'bad-signature',
    });
  });

  it('detects a tampered signature and header', async () => {
    const { privateKey, publicJwk } = await deviceKeys();
    const jws = await signReceipt(await validRecord('EU', 'consent'), privateKey, 'k');
    const [h, p, s = ''] = jws.split('.');
    const flipped = (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    expect(await verifyReceipt(`${h}.${p}.${flipped}`, publicJwk)).toEqual({
      valid: false,
      reason: 'bad-signature',
    });
    const otherHeader = b64url(
      JSON.stringify({ alg: 'ES256', kid: 'other', typ: RECEIPT_JWS_TYPE }),
    );
    expect(await verifyReceipt(`${otherHeader}.${p}.${s}`, publicJwk)).toEqual({
      valid: false,
      reason: 'bad-signature',
    });
  });

  it('refuses another key, a private JWK, a non-EC key and malformed input', async () => {
    const { privateKey } = await deviceKeys();
    const other = await deviceKeys();
    const jws = await signReceipt(await validRecord('EU', 'consent'), privateKey, 'k');
    expect(await verifyReceipt(jws, other.publicJwk)).toEqual({
      valid: false,
      reason: 'bad-signature',
    });
    const extractable = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = await exportJWK(extractable.privateKey);
    expect(await verifyReceipt(jws, privateJwk)).toEqual({ valid: false, reason: 'bad-key' });
    expect(await verifyReceipt(jws, { kty: 'oct', k: 'AAAA' })).toEqual({
      valid: false,
      reason: 'bad-key',
    });
    expect(await verifyReceipt(jws, { ...other.publicJwk, x: 'broken' })).toEqual({
      valid: false,
      reason: 'bad-key',
    });
    expect(await verifyReceipt('not.a-jws', other.publicJwk)).toEqual({
      valid: false,
      reason: 'malformed',
    });
    expect(await verifyReceipt('', other.publicJwk)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('refuses a validly signed JWS that is not a receipt, or not canonical, or of another type', async () => {
    const { privateKey, publicJwk } = await deviceKeys();
    const sign = (payload: string, typ = RECEIPT_JWS_TYPE) =>
      new CompactSign(new TextEncoder().encode(payload))
        .setProtectedHeader({ alg: 'ES256', typ })
        .sign(privateKey);
    expect(await verifyReceipt(await sign('{"hello":"world"}'), publicJwk)).toEqual({
      valid: false,
      reason: 'invalid-receipt',
    });
    expect(await verifyReceipt(await sign('not json'), publicJwk)).toEqual({
      valid: false,
      reason: 'malformed',
    });
    const record = await validRecord('EU', 'consent');
    expect(await verifyReceipt(await sign(JSON.stringify(record, null, 2)), publicJwk)).toEqual({
      valid: false,
      reason: 'not-canonical',
    });
    expect(await verifyReceipt(await sign(canonicalReceiptJson(record), 'JWT'), publicJwk)).toEqual(
      { valid: false, reason: 'wrong-type' },
    );
  });

  it('refuses to sign an invalid receipt, a bad kid or with a wrong key, without leaking values', async () => {
    const { privateKey } = await deviceKeys();
    const record = await validRecord('EU', 'consent');
    await expect(
      signReceipt({ ...record, piiPrincipalId: 'jane@example.com' }, privateKey, 'k'),
    ).rejects.toThrow(ReceiptSigningError);
    await expect(
      signReceipt({ ...record, piiPrincipalId: 'jane@example.com' }, privateKey, 'k'),
    ).rejects.not.toThrow(/jane/);
    await expect(signReceipt(record, privateKey, '')).rejects.toThrow(ReceiptSigningError);
    const hmacKey = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    await expect(signReceipt(record, hmacKey, 'k')).rejects.toThrow(ReceiptSigningError);
  });
});
