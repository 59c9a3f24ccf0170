// The extension's IndexedDB schema (typed with idb) and its versioned upgrades.
// Must never change a released version's upgrade step: add a new step instead. Must never hold
// personal data in the clear: lead bodies are sealed, their data keys live in `recordKeys`.
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { AuditEvent } from '@src/audit';
import type { DeliveryState } from '@src/lead/record';
import type { ShreddedRecord, WrappedRecordKey } from '@src/vault/crypto';

export const DB_NAME = 'lawful-leads';

/** A lead as stored: non-personal index fields in the clear, the record itself sealed. */
export interface StoredLead {
  id: string;
  createdAt: string;
  deliveryState: DeliveryState;
  /** Epoch ms: the local copy must be gone by then (only ever lowered). */
  retentionEnd: number;
  /** Epoch ms when the connector confirmed delivery. */
  deliveredAt?: number;
  /** The sealed record without its wrapped data key (which lives in `recordKeys`). */
  sealed: ShreddedRecord;
}

/** The device signing identity: CryptoKeys stored by structured clone (private: non-extractable). */
export interface StoredDeviceKeys {
  name: 'device';
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  createdAt: number;
}

export interface LawfulLeadsDB extends DBSchema {
  leads: {
    key: string;
    value: StoredLead;
    indexes: { 'by-createdAt': string; 'by-deliveryState': string; 'by-retentionEnd': number };
  };
  recordKeys: {
    key: [string, string];
    value: WrappedRecordKey;
  };
  audit: {
    key: number;
    value: AuditEvent;
  };
  keys: {
    key: string;
    value: StoredDeviceKeys;
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

/** Meta key recording how many unencrypted version-1 leads the upgrade to version 2 dropped. */
export const DROPPED_PLAINTEXT_LEADS_KEY = 'migration.droppedPlaintextLeads';

/** Step N upgrades a database from version N to N + 1. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  (db) => {
    const leads = db.createObjectStore('leads', { keyPath: 'id' });
    leads.createIndex('by-createdAt', 'createdAt');
    leads.createIndex('by-deliveryState', 'delivery.state');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  // Version 2: the vault. Version-1 leads were plaintext and there is no vault key yet to seal
  // them with, so they are DROPPED here (their count is kept in meta and written to the audit
  // trail as an erase event when the vault is first set up). The old store is deleted, not
  // cleared, so no plaintext row survives in this store's files once LevelDB compacts.
  (db, tx) => {
    void tx
      .objectStore('leads')
      .count()
      .then((plaintextLeads) => {
        if (plaintextLeads > 0) {
          void tx
            .objectStore('meta')
            .put({ key: DROPPED_PLAINTEXT_LEADS_KEY, value: plaintextLeads });
        }
        db.deleteObjectStore('leads');
        const leads = db.createObjectStore('leads', { keyPath: 'id' });
        leads.createIndex('by-createdAt', 'createdAt');
        leads.createIndex('by-deliveryState', 'deliveryState');
        leads.createIndex('by-retentionEnd', 'retentionEnd');
      });
    db.createObjectStore('recordKeys', { keyPath: ['store', 'id'] });
    db.createObjectStore('audit', { keyPath: 'seq' });
    db.createObjectStore('keys', { keyPath: 'name' });
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
