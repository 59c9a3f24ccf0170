// The audit trail in IndexedDB: hash-chained events appended one at a time (the head is kept in
// meta and written in the same transaction as the event). Events hold no personal data, so they
// stay readable while the vault is locked (failed unlocks and locks are recorded too).
// Must never rewrite or delete an event, and never append without the audit schema check.
import type { IDBPDatabase } from 'idb';
import {
  appendAuditEvent,
  EMPTY_CHAIN_HEAD,
  exportAuditJsonl,
  verifyChain,
  type AuditEvent,
  type AuditEventInput,
  type ChainHead,
  type ChainVerification,
} from '@src/audit';
import type { LawfulLeadsDB } from './db';
import { META_KEYS } from './meta';

export interface AuditStore {
  append(input: AuditEventInput, now?: number): Promise<AuditEvent>;
  list(): Promise<AuditEvent[]>;
  /** Events with `at` after `since` (epoch ms). */
  since(since: number): Promise<AuditEvent[]>;
  head(): Promise<ChainHead>;
  verify(): Promise<ChainVerification>;
  exportJsonl(): Promise<string>;
}

function readHead(value: unknown): ChainHead {
  const head = value as Partial<ChainHead> | undefined;
  return typeof head?.count === 'number' && typeof head.headHash === 'string'
    ? { count: head.count, headHash: head.headHash }
    : EMPTY_CHAIN_HEAD;
}

let queue: Promise<unknown> = Promise.resolve();

export function createAuditStore(db: IDBPDatabase<LawfulLeadsDB>): AuditStore {
  const head = async () => readHead((await db.get('meta', META_KEYS.auditHead))?.value);
  const list = () => db.getAll('audit');
  return {
    append(input, now = Date.now()) {
      // Appends from one worker are serialised so each event links to the one before it.
      const next = queue.then(async () => {
        const built = await appendAuditEvent(await head(), input, now);
        const tx = db.transaction(['audit', 'meta'], 'readwrite');
        const current = readHead((await tx.objectStore('meta').get(META_KEYS.auditHead))?.value);
        if (current.count !== built.event.seq) throw new Error('Audit chain moved concurrently');
        await tx.objectStore('audit').add(built.event);
        await tx.objectStore('meta').put({ key: META_KEYS.auditHead, value: built.head });
        await tx.done;
        return built.event;
      });
      queue = next.catch(() => undefined);
      return next;
    },
    list,
    async since(since) {
      return db.getAll('audit').then((events) => events.filter((e) => e.at > since));
    },
    head,
    async verify() {
      // Events and head from one transaction: a concurrent append must not look like truncation.
      const tx = db.transaction(['audit', 'meta'], 'readonly');
      const [events, stored] = await Promise.all([
        tx.objectStore('audit').getAll(),
        tx.objectStore('meta').get(META_KEYS.auditHead),
      ]);
      await tx.done;
      return verifyChain(events, readHead(stored?.value));
    },
    async exportJsonl() {
      return exportAuditJsonl(await list());
    },
  };
}
