// Counts refused messages in extension storage so the count survives service-worker restarts.
// Must never store message contents or sender URLs: only the reason and a count.
import type { RefusalReason } from './router';

export interface RefusalCounts {
  total: number;
  byReason: Partial<Record<RefusalReason, number>>;
}

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const REFUSALS_KEY = 'messaging.refusals';

let queue: Promise<void> = Promise.resolve();

export function readRefusals(raw: unknown): RefusalCounts {
  const value = raw as Partial<RefusalCounts> | undefined;
  const total = typeof value?.total === 'number' && value.total >= 0 ? value.total : 0;
  const byReason = value?.byReason && typeof value.byReason === 'object' ? value.byReason : {};
  return { total, byReason };
}

/** Increments are serialised so two refusals arriving together are both counted. */
export function countRefusal(area: KeyValueArea, reason: RefusalReason): Promise<void> {
  queue = queue.then(async () => {
    const current = readRefusals((await area.get(REFUSALS_KEY))[REFUSALS_KEY]);
    current.total += 1;
    current.byReason[reason] = (current.byReason[reason] ?? 0) + 1;
    await area.set({ [REFUSALS_KEY]: current });
  });
  return queue;
}
