// Admin commands for the devices enrolled with a connector (its SQLite in --data DIR):
//   devices list --data DIR          key id, state and enrolment date of every device
//   devices revoke --data DIR KID    refuse this device's envelopes and re-enrolment from now on
// Must never create a database (a mistyped --data would otherwise go unnoticed) or print anything but
// key ids, states and dates.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listDevices, revokeDevice } from '@src/connector/node/device-admin';
import { DATABASE_FILE, openDatabase } from '@src/connector/node/sqlite-store';
import { exactlyPositionals, parseArgs, requireFlag } from '../args';
import type { CliIo } from './commands';
import { EXIT } from './exit';

export const DEVICES_USAGE = `  devices list --data DIR
  devices revoke --data DIR KID
`;

function withDatabase<T>(
  io: CliIo,
  dataDir: string,
  task: (db: ReturnType<typeof openDatabase>) => T,
): T | undefined {
  if (!existsSync(join(dataDir, DATABASE_FILE))) {
    io.stderr(
      `There is no connector database at ${join(dataDir, DATABASE_FILE)}: give the --data folder the connector runs with.\n`,
    );
    return undefined;
  }
  const db = openDatabase(dataDir);
  try {
    return task(db);
  } finally {
    db.close();
  }
}

export function devicesList(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['data']);
  exactlyPositionals(args, 0, 'devices list --data DIR');
  const rows = withDatabase(io, requireFlag(args, 'data'), listDevices);
  if (rows === undefined) return EXIT.usage;
  if (rows.length === 0) io.stdout('No device has enrolled with this connector.\n');
  for (const row of rows)
    io.stdout(`${row.kid}  ${row.status.padEnd(8)}  enrolled ${row.enrolledAt}\n`);
  return EXIT.ok;
}

export function devicesRevoke(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['data']);
  const [kid] = exactlyPositionals(args, 1, 'devices revoke --data DIR KID');
  const outcome = withDatabase(io, requireFlag(args, 'data'), (db) => revokeDevice(db, kid!));
  if (outcome === undefined) return EXIT.usage;
  if (outcome === 'unknown') {
    io.stderr(
      `No device with key id ${kid} has enrolled with this connector; nothing was changed.\n`,
    );
    return EXIT.invalid;
  }
  io.stdout(
    outcome === 'revoked'
      ? `Revoked ${kid}: its envelopes and any new enrolment are refused from now on.\n`
      : `${kid} was already revoked.\n`,
  );
  return EXIT.ok;
}
