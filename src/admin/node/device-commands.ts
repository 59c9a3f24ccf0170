// Admin commands for the devices enrolled with a connector (its SQLite in --data DIR):
//   devices list --data DIR          key id, state and enrolment date of every device
//   devices revoke --data DIR KID    refuse this device's envelopes and re-enrolment from now on
// Must never create a database (a mistyped --data would otherwise go unnoticed) or print anything but
// key ids, states and dates.
import { listDevices, revokeDevice } from '@src/connector/node/device-admin';
import { exactlyPositionals, parseArgs, requireFlag } from '../args';
import type { CliIo } from './commands';
import { connectorDatabaseMissing, withConnectorDatabase } from './connector-database';
import { EXIT } from './exit';

export const DEVICES_USAGE = `  devices list --data DIR
  devices revoke --data DIR KID
`;

export function devicesList(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['data']);
  exactlyPositionals(args, 0, 'devices list --data DIR');
  const dataDir = requireFlag(args, 'data');
  if (connectorDatabaseMissing(io, dataDir)) return EXIT.usage;
  const rows = withConnectorDatabase(dataDir, listDevices);
  if (rows.length === 0) io.stdout('No device has enrolled with this connector.\n');
  for (const row of rows)
    io.stdout(`${row.kid}  ${row.status.padEnd(8)}  enrolled ${row.enrolledAt}\n`);
  return EXIT.ok;
}

export function devicesRevoke(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['data']);
  const [kid] = exactlyPositionals(args, 1, 'devices revoke --data DIR KID');
  const dataDir = requireFlag(args, 'data');
  if (connectorDatabaseMissing(io, dataDir)) return EXIT.usage;
  const outcome = withConnectorDatabase(dataDir, (db) => revokeDevice(db, kid!));
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
