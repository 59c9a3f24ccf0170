// Sealed lead storage: each lead is encrypted under its own data key (wrapped by the vault key)
// before any transaction opens; the body and its wrapped key live in separate stores, so erasing
// a lead deletes its key (crypto-shredding) together with the body.
// Must never write a decrypted lead to IndexedDB, or await anything but IndexedDB inside a
// transaction (idb transaction lifetime).
import type { IDBPDatabase } from 'idb';
import type { LeadRecord } from '@src/lead/record';
import {
  attachRecordKey,
  detachRecordKey,
  openRecord,
  sealRecord,
  VaultDecryptionError,
  type RecordLocation,
} from './crypto';
import type { LawfulLeadsDB, StoredLead } from './db';

export const LEADS_STORE = 'leads';
/** Schema version of the sealed plaintext (a LeadRecord); bound into every ciphertext's AAD. */
export const LEAD_RECORD_SCHEMA_VERSION = 1;

/** The non-personal index of a stored lead (readable while the vault is locked). */
export type LeadIndexEntry = Omit<StoredLead, 'sealed'>;

export interface LeadRepository {
  /** Seals and stores a record; `retentionEnd` is epoch ms. */
  put(record: LeadRecord, retentionEnd: number): Promise<void>;
  get(id: string): Promise<LeadRecord | undefined>;
  list(): Promise<LeadRecord[]>;
  update(id: string, change: (record: LeadRecord) => LeadRecord): Promise<LeadRecord | undefined>;
  /** Deletes the wrapped data key and the sealed body in one transaction. */
  erase(id: string): Promise<boolean>;
  /** Index fields only; needs no key. */
  index(): Promise<LeadIndexEntry[]>;
}

export function leadLocation(id: string): RecordLocation {
  return { store: LEADS_STORE, id, schemaVersion: LEAD_RECORD_SCHEMA_VERSION };
}

function toIndexEntry(stored: StoredLead): LeadIndexEntry {
  const entry: LeadIndexEntry = {
    id: stored.id,
    createdAt: stored.createdAt,
    deliveryState: stored.deliveryState,
    retentionEnd: stored.retentionEnd,
  };
  if (stored.deliveredAt !== undefined) entry.deliveredAt = stored.deliveredAt;
  return entry;
}

export function createLeadRepository(
  db: IDBPDatabase<LawfulLeadsDB>,
  vaultKey: () => Promise<CryptoKey>,
): LeadRepository {
  // Read-modify-write of one lead spans awaits (decrypt, re-encrypt): serialise them.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function write(record: LeadRecord, retentionEnd: number): Promise<void> {
    const sealed = await sealRecord(await vaultKey(), leadLocation(record.id), record);
    const { body, key } = detachRecordKey(sealed);
    const stored: StoredLead = {
      id: record.id,
      createdAt: record.createdAt,
      deliveryState: record.delivery.state,
      retentionEnd,
      sealed: body,
    };
    if (record.delivery.deliveredAt) stored.deliveredAt = Date.parse(record.delivery.deliveredAt);
    const tx = db.transaction(['leads', 'recordKeys'], 'readwrite');
    await Promise.all([tx.objectStore('recordKeys').put(key), tx.objectStore('leads').put(stored)]);
    await tx.done;
  }

  async function readStored(
    id: string,
  ): Promise<{ stored: StoredLead; record: LeadRecord } | undefined> {
    const tx = db.transaction(['leads', 'recordKeys'], 'readonly');
    const [stored, key] = await Promise.all([
      tx.objectStore('leads').get(id),
      tx.objectStore('recordKeys').get([LEADS_STORE, id]),
    ]);
    await tx.done;
    if (!stored || !key) return undefined;
    const record = (await openRecord(
      await vaultKey(),
      attachRecordKey(stored.sealed, key),
      leadLocation(id),
    )) as LeadRecord;
    return { stored, record };
  }

  return {
    put: (record, retentionEnd) => serial(() => write(record, retentionEnd)),
    async get(id) {
      return (await readStored(id))?.record;
    },
    async list() {
      const tx = db.transaction(['leads', 'recordKeys'], 'readonly');
      const [stored, keys] = await Promise.all([
        tx.objectStore('leads').index('by-createdAt').getAll(),
        tx.objectStore('recordKeys').getAll(),
      ]);
      await tx.done;
      const keyById = new Map(keys.filter((k) => k.store === LEADS_STORE).map((k) => [k.id, k]));
      const key = await vaultKey();
      const records: LeadRecord[] = [];
      for (const row of stored.reverse()) {
        const wrapped = keyById.get(row.id);
        if (!wrapped) continue; // shredded: nothing left to open
        try {
          records.push(
            (await openRecord(
              key,
              attachRecordKey(row.sealed, wrapped),
              leadLocation(row.id),
            )) as LeadRecord,
          );
        } catch (error) {
          if (!(error instanceof VaultDecryptionError)) throw error;
          console.warn('Lawful Leads: a stored lead could not be opened and was skipped');
        }
      }
      return records;
    },
    update: (id, change) =>
      serial(async () => {
        const current = await readStored(id);
        if (!current) return undefined;
        const next = change(current.record);
        await write(next, current.stored.retentionEnd);
        return next;
      }),
    erase: (id) =>
      serial(async () => {
        const tx = db.transaction(['leads', 'recordKeys'], 'readwrite');
        const existed = (await tx.objectStore('leads').count(id)) > 0;
        await Promise.all([
          tx.objectStore('recordKeys').delete([LEADS_STORE, id]),
          tx.objectStore('leads').delete(id),
        ]);
        await tx.done;
        return existed;
      }),
    async index() {
      const rows = await db.getAllFromIndex('leads', 'by-createdAt');
      return rows.reverse().map(toIndexEntry);
    },
  };
}
