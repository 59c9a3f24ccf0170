// The connector's suppression list in its SQLite database: keyed hashes only (`hmac-sha256:…`
// made by the admin tool with the organisation's key from the policy), never raw identifiers.
// Must never accept an entry that is not a keyed hash, nor log entries.
import type Database from 'better-sqlite3';
import type { SuppressionStore } from '../core/types';

export const SUPPRESSION_ENTRY = /^hmac-sha256:[A-Za-z0-9_-]{43}$/;

export function createSqliteSuppressionStore(db: Database.Database): SuppressionStore {
  const insert = db.prepare('INSERT OR IGNORE INTO suppression (entry, added_at) VALUES (?, ?)');
  const list = db.prepare('SELECT entry FROM suppression ORDER BY entry');
  const addAll = db.transaction((entries: readonly string[], at: string) => {
    let added = 0;
    for (const entry of entries) added += insert.run(entry, at).changes;
    return added;
  });
  return {
    add(entries, at) {
      if (!entries.every((entry) => SUPPRESSION_ENTRY.test(entry))) {
        throw new RangeError('Suppression entries must be hmac-sha256 keyed hashes');
      }
      return addAll(entries, at);
    },
    list: () => (list.all() as { entry: string }[]).map((row) => row.entry),
  };
}
