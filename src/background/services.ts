// Lazily opened background services (database, repositories), re-created after a worker restart.
// Must never hold data only in memory: these are handles, the data lives in IndexedDB.
import type { IDBPDatabase } from 'idb';
import { createAuditStore, type AuditStore } from '@src/vault/audit-store';
import { openLeadsDb, type LawfulLeadsDB } from '@src/vault/db';
import { createLeadRepository, type LeadRepository } from '@src/vault/lead-repository';
import { requireVaultKey } from './vault-key';

let database: Promise<IDBPDatabase<LawfulLeadsDB>> | undefined;

export function db(): Promise<IDBPDatabase<LawfulLeadsDB>> {
  database ??= openLeadsDb().catch((error: unknown) => {
    database = undefined;
    throw error;
  });
  return database;
}

export async function leadRepository(): Promise<LeadRepository> {
  return createLeadRepository(await db(), requireVaultKey);
}

export async function auditStore(): Promise<AuditStore> {
  return createAuditStore(await db());
}

/** Closes the database handle; the next call opens it again (used on wipe and by tests). */
export async function closeServices(): Promise<void> {
  const open = database;
  database = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}
