// Lazily opened background services (database, repository), re-created after a worker restart.
// Must never hold data only in memory: these are handles, the data lives in IndexedDB.
import type { IDBPDatabase } from 'idb';
import { openLeadsDb, type LawfulLeadsDB } from '@src/vault/db';
import { createLeadRepository, type LeadRepository } from '@src/vault/lead-repository';

let database: Promise<IDBPDatabase<LawfulLeadsDB>> | undefined;

function db(): Promise<IDBPDatabase<LawfulLeadsDB>> {
  database ??= openLeadsDb().catch((error: unknown) => {
    database = undefined;
    throw error;
  });
  return database;
}

export async function leadRepository(): Promise<LeadRepository> {
  return createLeadRepository(await db());
}

/** Closes the database handle; the next call opens it again (used on wipe and by tests). */
export async function closeServices(): Promise<void> {
  const open = database;
  database = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}
