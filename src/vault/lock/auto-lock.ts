// Auto-lock policy: pure decision from the last activity time. Fails closed: bad inputs or a
// clock that moved backwards lock the vault. Must never read clocks itself.

export const DEFAULT_IDLE_MINUTES = 15;

/** True when the vault should lock: idle for at least `idleMinutes`, or inputs are not sane. */
export function shouldAutoLock(lastActivity: number, now: number, idleMinutes: number): boolean {
  if (!Number.isFinite(lastActivity) || !Number.isFinite(now)) return true;
  if (!Number.isFinite(idleMinutes) || idleMinutes <= 0) return true;
  if (now < lastActivity) return true;
  return now - lastActivity >= idleMinutes * 60_000;
}
