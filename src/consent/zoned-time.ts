// Calendar arithmetic in an IANA time zone via Intl (no library): instant → local wall time,
// local wall time → instant, and "N calendar months later, end of day" per Regulation (EEC,
// Euratom) No 1182/71 Art. 3(2)(c). Must never use the host's local time zone implicitly.

const DAY_MS = 86_400_000;

export interface WallTime {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for a time zone Intl does not know. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function wallTimeAt(instantMs: number, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

function offsetMs(instantMs: number, timeZone: string): number {
  const w = wallTimeAt(instantMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a local wall time names. A repeated wall time (DST overlap) gives the earlier
 * instant; a skipped one (DST gap) is read with the offset before the gap, landing after it
 * (Temporal's "compatible" disambiguation).
 */
export function instantOfWallTime(wall: WallTime, timeZone: string): number {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Offsets in force a day either side cover any single transition near the wall time.
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetMs(guess + shift, timeZone)));
  const candidates = [...offsets].map((offset) => guess - offset);
  const sameWall = (t: number): boolean => {
    const w = wallTimeAt(t, timeZone);
    return (
      w.year === wall.year &&
      w.month === wall.month &&
      w.day === wall.day &&
      w.hour === wall.hour &&
      w.minute === wall.minute &&
      w.second === wall.second
    );
  };
  const matching = candidates.filter(sameWall);
  // Overlap: both match, take the earlier. Gap: none match; the old offset gives the instant after.
  return matching.length > 0 ? Math.min(...matching) : Math.max(...candidates);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The local calendar date N months after the local date of `instantMs`, clamped to month end. */
export function addCalendarMonths(
  instantMs: number,
  months: number,
  timeZone: string,
): { year: number; month: number; day: number } {
  const start = wallTimeAt(instantMs, timeZone);
  const monthIndex = start.month - 1 + months;
  const year = start.year + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  return { year, month, day: Math.min(start.day, daysInMonth(year, month)) };
}

/** The last millisecond of a local calendar day (the instant before the next local midnight). */
export function endOfLocalDay(
  date: { year: number; month: number; day: number },
  timeZone: string,
): number {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  const nextMidnight = instantOfWallTime(
    {
      year: next.getUTCFullYear(),
      month: next.getUTCMonth() + 1,
      day: next.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
    },
    timeZone,
  );
  return nextMidnight - 1;
}
