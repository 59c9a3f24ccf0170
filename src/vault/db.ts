// The extension's IndexedDB schema (typed with idb) and its versioned upgrades.
// Must never change a released version's upgrade step: add a new step instead.
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { LeadRecord } from '@src/lead/record';

export const DB_NAME = 'lawful-leads';

export interface LawfulLeadsDB extends DBSchema {
  leads: {
    key: string;
    value: LeadRecord;
    indexes: { 'by-createdAt': string; 'by-deliveryState': string };
  };
  meta: {
    key: string;
    value: { key: string; value: unknown };
  };
}

type UpgradeStep = (
  db: IDBPDatabase<LawfulLeadsDB>,
  tx: IDBPTransaction<LawfulLeadsDB, StoreNames<LawfulLeadsDB>[], 'versionchange'>,
) => void;

/** Step N upgrades a database from version N to N + 1. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  (db) => {
    const leads = db.createObjectStore('leads', { keyPath: 'id' });
    leads.createIndex('by-createdAt', 'createdAt');
    leads.createIndex('by-deliveryState', 'delivery.state');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
];

export const DB_VERSION = UPGRADE_STEPS.length;

export function openLeadsDb(name = DB_NAME): Promise<IDBPDatabase<LawfulLeadsDB>> {
  return openDB<LawfulLeadsDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version += 1) {
        UPGRADE_STEPS[version]?.(db, tx);
      }
    },
    blocking(_current, _next, event) {
      (event.target as IDBDatabase | null)?.close();
    },
  });
}
