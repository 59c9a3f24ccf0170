// Administrator's view of enrolled devices in the connector's SQLite: list them, revoke one (a lost or
// stolen laptop). A revoked key's envelopes are refused and it cannot enrol again; leads it already
// delivered stay. Must never delete a device row (the refusal needs it) or print anything but key ids,
// states and dates.
import type Database from 'better-sqlite3';

export interface DeviceRow {
  kid: string;
  status: 'approved' | 'revoked';
  enrolledAt: string;
}

export function listDevices(db: Database.Database): DeviceRow[] {
  return db
    .prepare<[], { kid: string; status: DeviceRow['status']; enrolled_at: string }>(
      'SELECT kid, status, enrolled_at FROM devices ORDER BY enrolled_at, kid',
    )
    .all()
    .map((row) => ({ kid: row.kid, status: row.status, enrolledAt: row.enrolled_at }));
}

export type RevokeOutcome = 'revoked' | 'already-revoked' | 'unknown';

export function revokeDevice(db: Database.Database, kid: string): RevokeOutcome {
  const row = db
    .prepare<[string], { status: string }>('SELECT status FROM devices WHERE kid = ?')
    .get(kid);
  if (!row) return 'unknown';
  if (row.status === 'revoked') return 'already-revoked';
  db.prepare("UPDATE devices SET status = 'revoked' WHERE kid = ?").run(kid);
  return 'revoked';
}
