// The HMAC key behind `hash` redaction rules: a non-extractable CryptoKey kept in IndexedDB.
// Pseudonyms are stable on this device; a company-wide tenant key will come with the policy.
// Must never export the key or write it anywhere but IndexedDB (structured clone of the CryptoKey).
import { generateTenantKey } from '@src/redact';
import { db } from './services';

const META_KEY = 'redaction.tenantKey';

export async function tenantHmacKey(): Promise<CryptoKey> {
  const database = await db();
  const stored = await database.get('meta', META_KEY);
  if (stored?.value instanceof CryptoKey) return stored.value;
  const key = await generateTenantKey();
  const tx = database.transaction('meta', 'readwrite');
  const raced = await tx.store.get(META_KEY);
  if (raced?.value instanceof CryptoKey) {
    await tx.done;
    return raced.value;
  }
  await tx.store.put({ key: META_KEY, value: key });
  await tx.done;
  return key;
}
