// Small typed helpers for the `meta` store (vault header, lockout state, pinned keys, chain head).
// Must never be given personal data or unwrapped keys to keep.
import type { IDBPDatabase } from 'idb';
import type { LawfulLeadsDB } from './db';

export const META_KEYS = {
  vaultHeader: 'vault.header',
  lockout: 'vault.lockout',
  auditHead: 'audit.head',
  connectorPin: 'connector.pinnedKey',
  enrolments: 'device.enrolments',
} as const;

export async function getMeta(db: IDBPDatabase<LawfulLeadsDB>, key: string): Promise<unknown> {
  return (await db.get('meta', key))?.value;
}

export async function setMeta(
  db: IDBPDatabase<LawfulLeadsDB>,
  key: string,
  value: unknown,
): Promise<void> {
  await db.put('meta', { key, value });
}

export async function deleteMeta(db: IDBPDatabase<LawfulLeadsDB>, key: string): Promise<void> {
  await db.delete('meta', key);
}
