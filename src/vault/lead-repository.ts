// Reads and writes lead records in IndexedDB, one short transaction per operation.
// Must never await anything but IndexedDB requests inside a transaction (idb transaction lifetime).
import type { IDBPDatabase } from 'idb';
import type { LeadRecord } from '@src/lead/record';
import type { LawfulLeadsDB } from './db';

export interface LeadRepository {
  put(record: LeadRecord): Promise<void>;
  get(id: string): Promise<LeadRecord | undefined>;
  list(): Promise<LeadRecord[]>;
  update(id: string, change: (record: LeadRecord) => LeadRecord): Promise<LeadRecord | undefined>;
}

export function createLeadRepository(db: IDBPDatabase<LawfulLeadsDB>): LeadRepository {
  return {
    async put(record) {
      await db.put('leads', record);
    },
    get(id) {
      return db.get('leads', id);
    },
    async list() {
      const records = await db.getAllFromIndex('leads', 'by-createdAt');
      return records.reverse();
    },
    async update(id, change) {
      const tx = db.transaction('leads', 'readwrite');
      const current = await tx.store.get(id);
      if (!current) {
        await tx.done;
        return undefined;
      }
      const next = change(current);
      await tx.store.put(next);
      await tx.done;
      return next;
    },
  };
}
