import type { Collection, InsertType } from 'dexie';
import type { DayKey } from '../week';
import type { DailyRollup, ShadowWorkDb, StoredEvent } from './db';

/** Rollup rows of the days from `first` to `last` inclusive: a few dozen rows a week, whatever the history. */
export function rollupsBetween(db: ShadowWorkDb, first: DayKey, last: DayKey): Promise<DailyRollup[]> {
  return db.daily.where('day').between(first, last, true, true).toArray();
}

/** The first `shown` events of an ordered selection, and whether more follow (one more is read to know). */
export async function firstEvents(
  selection: Collection<StoredEvent, string, InsertType<StoredEvent, 'id'>>,
  shown: number,
): Promise<{ events: StoredEvent[]; hasMore: boolean }> {
  const page = await selection.limit(shown + 1).toArray();
  return { events: page.slice(0, shown), hasMore: page.length > shown };
}

export function allEvents(db: ShadowWorkDb) {
  return db.events.orderBy('endedAt').toArray();
}

/**
 * Whether anything was ever recorded: one key read, whatever the history's length (counting
 * the table, even with a limit, would read every row).
 */
export async function hasHistory(db: ShadowWorkDb): Promise<boolean> {
  return (await db.daily.limit(1).primaryKeys()).length > 0;
}

/** How many events a detector recorded (the sample data's is "sample"). */
export function countByDetector(db: ShadowWorkDb, detector: string): Promise<number> {
  return db.events.where('detector').equals(detector).count();
}
