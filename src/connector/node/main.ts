// Connector command: opens the database, starts the HTTP server and prints where it listens.
// Must never print personal data; stops cleanly on SIGINT/SIGTERM so SQLite is checkpointed.
import { resolve } from 'node:path';
import { createConnectorApp } from '../core/app';
import { parseArgs, UsageError } from './args';
import { createJsonLogger } from './logger';
import { createConnectorServer } from './server';
import { readPolicyBundle } from './policy-bundle';
import { loadOrCreateConnectorKey } from './connector-key';
import { createSqliteLeadStore, openDatabase } from './sqlite-store';
import { createSqliteSuppressionStore } from './suppression-store';

const VERSION = '0.1.0';

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`connector: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const log = createJsonLogger();
  const dataDir = resolve(args.dataDir);
  const db = openDatabase(dataDir);
  let key;
  try {
    key = await loadOrCreateConnectorKey(dataDir, args.keyFile);
  } catch (error) {
    console.error(`connector: ${error instanceof Error ? error.message : 'cannot load its key'}`);
    process.exit(2);
  }
  const app = createConnectorApp({
    store: createSqliteLeadStore(db),
    log,
    version: VERSION,
    key,
    readPolicyBundle: () => readPolicyBundle(dataDir),
    suppression: createSqliteSuppressionStore(db),
  });
  const server = createConnectorServer(app, log);
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      `connector: cannot listen on ${args.host}:${args.port} (${error.code ?? 'error'})`,
    );
    process.exit(1);
  });
  server.listen(args.port, args.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : args.port;
    log.info('connector.listening', {
      host: args.host,
      port,
      dataDir,
      version: VERSION,
      connectorKid: key.kid,
    });
    console.error(
      `Lawful Leads connector listening on http://${args.host}:${port} (data: ${dataDir})`,
    );
  });
  const stop = () => {
    server.close(() => {
      db.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
