// Opens the connector's SQLite for admin commands that change or read it (devices, suppression). Must
// never create a database: a mistyped --data would otherwise write into a new, empty one the connector
// never reads.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, openDatabase } from '@src/connector/node/sqlite-store';
import type { CliIo } from './commands';

/** True (after saying so on stderr) when `dataDir` holds no connector database. */
export function connectorDatabaseMissing(io: CliIo, dataDir: string): boolean {
  if (existsSync(join(dataDir, DATABASE_FILE))) return false;
  io.stderr(
    `There is no connector database at ${join(dataDir, DATABASE_FILE)}: give the --data folder the connector runs with (it creates the database when it first starts).\n`,
  );
  return true;
}

/** Runs `task` on the connector's database in `dataDir` (which must exist) and closes it. */
export function withConnectorDatabase<T>(
  dataDir: string,
  task: (db: ReturnType<typeof openDatabase>) => T,
): T {
  const db = openDatabase(dataDir);
  try {
    return task(db);
  } finally {
    db.close();
  }
}
