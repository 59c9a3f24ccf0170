import fc from 'fast-check';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { VaultDecryptionError } from '@src/vault/crypto/errors';
import {
  attachRecordKey,
  detachRecordKey,
  openRecord,
  sealRecord,
  shredRecord,
  type SealedRecord,
} from '@src/vault/crypto/record';
import { flipByte, testVaultKey } from './helpers';

const here = { store: 'leads', id: 'lead-1', schemaVersion: 3 } as const;
const lead = { name: 'Ada Lovelace', email: 'ada@example.org', notes: 'x'.repeat(2000) };

async function expectOpaque(promise: Promise<unknown>): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VaultDecryptionError);
  expect((error as Error).message).toBe(VaultDecryptionError.MESSAGE);
}

describe('sealRecord / openRecord', () => {
  it('round-trips a JSON object', async () => {
    const key = await testVaultKey();
    const sealed = await sealRecord(key, here, lead);
    expect(sealed).toMatchObject({ id: 'lead-1', store: 'leads', v: 3, format: 1 });
    expect(sealed.iv.byteLength).toBe(12);
    expect(sealed.dekIv.byteLength).toBe(12);
    expect(await openRecord(key, sealed, here)).toEqual(lead);
  });

  it('ciphertext does not contain the plaintext and IVs are fresh', async () => {
    const key = await testVaultKey();
    const a = await sealRecord(key, here, lead);
    const b = await sealRecord(key, here, lead);
    expect(new TextDecoder().decode(a.ct)).not.toContain('ada@example.org');
    expect(a.iv).not.toEqual(b.iv);
    expect(a.ct).not.toEqual(b.ct);
    expect(a.wrappedDek).not.toEqual(b.wrappedDek);
  });

  it('round-trips arbitrary JSON values (property)', async () => {
    const key = await testVaultKey();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const normalised = JSON.parse(JSON.stringify(value)) as unknown;
        const sealed = await sealRecord(key, here, value);
        expect(await openRecord(key, sealed, here)).toEqual(normalised);
      }),
      { numRuns: 50 },
    );
  });

  it('survives an IndexedDB round trip (structured clone)', async () => {
    const key = await testVaultKey();
    const sealed = await sealRecord(key, here, lead);
    const db = await openDB('vault-test', 1, {
      upgrade: (d) => d.createObjectStore('leads', { keyPath: 'id' }),
    });
    await db.put('leads', sealed);
    const back = (await db.get('leads', 'lead-1')) as SealedRecord;
    db.close();
    expect(await openRecord(key, back, here)).toEqual(lead);
  });

  it('any flipped byte in ct, iv, wrappedDek or dekIv gives the one opaque error', async () => {
    const key = await testVaultKey();
    const sealed = await sealRecord(key, here, { a: 1 });
    const fields = ['ct', 'iv', 'wrappedDek', 'dekIv'] as const;
    for (const field of fields) {
      const length = sealed[field].byteLength;
      for (const index of [0, Math.floor(length / 2), length - 1]) {
        const tampered = { ...sealed, [field]: flipByte(sealed[field], index) };
        await expectOpaque(openRecord(key, tampered, here));
      }
    }
  });

  it('every single-byte flip anywhere fails (property)', async () => {
    const key = await testVaultKey();
    const sealed = await sealRecord(key, here, { a: 1 });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('ct', 'iv', 'wrappedDek', 'dekIv' as const),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (field, position, mask) => {
          const bytes = new Uint8Array(sealed[field]);
          const index = position % bytes.byteLength;
          bytes[index] = (bytes[index] ?? 0) ^ mask;
          await expectOpaque(openRecord(key, { ...sealed, [field]: bytes }, here));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a truncated or extended ciphertext fails', async () => {
    const key = await testVaultKey();
    const sealed = await sealRecord(key, here, { a: 1 });
    await expectOpaque(openRecord(key, { ...sealed, ct: sealed.ct.slice(0, -1) }, here));
    const longer = new Uint8Array(sealed.ct.byteLength + 1);
    longer.set(sealed.ct);
    await expectOpaque(openRecord(key, { ...sealed, ct: longer }, here));
  });

  it('the wrong vault key fails', async () => {
    const sealed = await sealRecord(await testVaultKey(), here, lead);
    await expectOpaque(openRecord(await testVaultKey(), sealed, here));
  });

  it('a swapped record (other id) fails even when its labels are rewritten', async () => {
    const key = await testVaultKey();
    const other = await sealRecord(key, { ...here, id: 'lead-2' }, { name: 'Other' });
    await expectOpaque(openRecord(key, other, here));
    await expectOpaque(openRecord(key, { ...other, id: 'lead-1' }, here));
  });

  it('AAD mismatches (store, id, schema version) fail', async () => {
    const key = await testVaultKey();
    const sealed = await sealRecord(key, here, lead);
    await expectOpaque(openRecord(key, sealed, { ...here, store: 'drafts' }));
    await expectOpaque(openRecord(key, sealed, { ...here, id: 'lead-2' }));
    await expectOpaque(openRecord(key, sealed, { ...here, schemaVersion: 4 }));
    await expectOpaque(
      openRecord(key, { ...sealed, store: 'drafts' }, { ...here, store: 'drafts' }),
    );
    await expectOpaque(openRecord(key, { ...sealed, v: 4 }, { ...here, schemaVersion: 4 }));
  });

  it('ambiguous field boundaries do not collide (store "ab"+id "c" vs "a"+"bc")', async () => {
    const key = await testVaultKey();
    const sealed = await sealRecord(key, { store: 'ab', id: 'c', schemaVersion: 1 }, { a: 1 });
    await expectOpaque(
      openRecord(
        key,
        { ...sealed, store: 'a', id: 'bc' },
        { store: 'a', id: 'bc', schemaVersion: 1 },
      ),
    );
  });

  it('swapping the wrapped data key between records fails', async () => {
    const key = await testVaultKey();
    const a = await sealRecord(key, here, { a: 1 });
    const b = await sealRecord(key, { ...here, id: 'lead-2' }, { b: 2 });
    await expectOpaque(openRecord(key, { ...a, wrappedDek: b.wrappedDek, dekIv: b.dekIv }, here));
  });

  it('swapping ct and wrappedDek roles fails (purpose is in the AAD)', async () => {
    const key = await testVaultKey();
    const a = await sealRecord(key, here, { a: 1 });
    await expectOpaque(
      openRecord(key, { ...a, ct: a.wrappedDek, wrappedDek: a.ct, iv: a.dekIv, dekIv: a.iv }, here),
    );
  });

  it('malformed containers fail with the same error', async () => {
    const key = await testVaultKey();
    const sealed = await sealRecord(key, here, { a: 1 });
    for (const bad of [
      null,
      'x',
      {},
      { ...sealed, format: 2 },
      { ...sealed, iv: sealed.iv.slice(0, 8) },
      { ...sealed, ct: Array.from(sealed.ct) },
    ]) {
      await expectOpaque(openRecord(key, bad, here));
    }
  });

  it('refuses plaintexts that are not JSON', async () => {
    const key = await testVaultKey();
    await expect(sealRecord(key, here, undefined)).rejects.toThrow(TypeError);
  });
});

describe('crypto-shredding', () => {
  it('a shredded record cannot be opened, even with the vault key', async () => {
    const key = await testVaultKey();
    const sealed = await sealRecord(key, here, lead);
    const shredded = shredRecord(sealed);
    expect(shredded).not.toHaveProperty('wrappedDek');
    expect(shredded.ct).toEqual(sealed.ct);
    await expectOpaque(openRecord(key, shredded, here));
  });

  it('a copy of the body store alone is useless; joined with its key row it opens', async () => {
    const key = await testVaultKey();
    const sealed = await sealRecord(key, here, lead);
    const { body, key: keyRow } = detachRecordKey(sealed);
    await expectOpaque(openRecord(key, body, here));
    expect(await openRecord(key, attachRecordKey(body, keyRow), here)).toEqual(lead);
    const other = detachRecordKey(await sealRecord(key, { ...here, id: 'lead-2' }, lead));
    expect(() => attachRecordKey(body, other.key)).toThrow(VaultDecryptionError);
  });
});

describe('length hiding', () => {
  it('pads plaintexts to 256-byte buckets so small size differences are invisible', async () => {
    const key = await testVaultKey();
    const small = await sealRecord(key, here, { n: 'a' });
    const larger = await sealRecord(key, here, { n: 'a'.repeat(200) });
    expect(small.ct.byteLength).toBe(256 + 16);
    expect(larger.ct.byteLength).toBe(small.ct.byteLength);
    const big = await sealRecord(key, here, { n: 'a'.repeat(300) });
    expect(big.ct.byteLength).toBe(512 + 16);
    expect(await openRecord(key, larger, here)).toEqual({ n: 'a'.repeat(200) });
  });
});
