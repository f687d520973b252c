import type { WorkEvent } from '../event';
import { dayKey } from '../week';
import type { DailyRollup, ShadowWorkDb, StoredEvent } from './db';
import { accumulate, rollupKey } from './rollup';

export type RecordOutcome = 'stored' | 'duplicate';

/**
 * Stores events and their rollups in one transaction. An id already stored is a
 * duplicate (a retry, or the outbox and the message path both delivering): it is skipped.
 */
export async function recordEvents(db: ShadowWorkDb, events: readonly WorkEvent[]): Promise<RecordOutcome[]> {
  const dated = events.map((event) => ({ ...event, day: dayKey(event.endedAt) }));
  const keyOf = (event: (typeof dated)[number]) => rollupKey(event.day, event);
  const rollupKeys = new Map(dated.map((event) => [keyOf(event).join('\u0000'), keyOf(event)]));
  // Two round trips per batch whatever its size: the reads go together, then the writes.
  return db.transaction('rw', db.events, db.daily, async () => {
    const [existing, current] = await Promise.all([
      db.events.bulkGet(dated.map((e) => e.id)),
      db.daily.bulkGet([...rollupKeys.values()]),
    ]);
    const seen = new Set(existing.filter((e) => e !== undefined).map((e) => e.id));
    const rows = new Map([...rollupKeys.keys()].map((key, i) => [key, current[i]]));
    const outcomes: RecordOutcome[] = [];
    const fresh: StoredEvent[] = [];
    const touched = new Set<string>();
    for (const event of dated) {
      outcomes.push(seen.has(event.id) ? 'duplicate' : 'stored');
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      fresh.push(event);
      const key = keyOf(event).join('\u0000');
      rows.set(key, accumulate(rows.get(key), event.day, event));
      touched.add(key);
    }
    if (fresh.length === 0) return outcomes;
    await Promise.all([
      db.events.bulkAdd(fresh),
      db.daily.bulkPut([...touched].map((key) => rows.get(key) as DailyRollup)),
    ]);
    return outcomes;
  });
}
