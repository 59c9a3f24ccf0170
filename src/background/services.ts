// Lazily opened background services (database, repository), re-created after a worker restart.
// Must never hold data only in memory: these are handles, the data lives in IndexedDB.
import { openLeadsDb } from '@src/vault/db';
import { createLeadRepository, type LeadRepository } from '@src/vault/lead-repository';

let repository: Promise<LeadRepository> | undefined;

export function leadRepository(): Promise<LeadRepository> {
  repository ??= openLeadsDb()
    .then(createLeadRepository)
    .catch((error: unknown) => {
      repository = undefined;
      throw error;
    });
  return repository;
}
