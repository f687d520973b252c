import type { WorkEvent } from '../event';
import { type DayKey, dayKey } from '../week';
import type { ShadowWorkDb } from './db';
import { accumulate, rollupKey } from './rollup';

export type RecordOutcome = 'stored' | 'duplicate';

/**
 * Stores events and their rollups in one transaction. An id already stored is a
 * duplicate (a retry, or the outbox and the message path both delivering): it is skipped.
 */
export async function recordEvents(db: ShadowWorkDb, events: readonly WorkEvent[]): Promise<RecordOutcome[]> {
  // A handful of bulk requests per batch, whatever its size: each request is a round trip.
  return db.transaction('rw', db.events, db.daily, async () => {
    const existing = await db.events.bulkGet(events.map((e) => e.id));
    const seen = new Set(existing.filter((e) => e !== undefined).map((e) => e.id));
    const outcomes: RecordOutcome[] = [];
    const fresh: (WorkEvent & { day: DayKey })[] = [];
    for (const event of events) {
      outcomes.push(seen.has(event.id) ? 'duplicate' : 'stored');
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      fresh.push({ ...event, day: dayKey(event.endedAt) });
    }
    if (fresh.length === 0) return outcomes;
    const keyOf = (event: (typeof fresh)[number]) => rollupKey(event.day, event);
    const keys = new Map(fresh.map((event) => [keyOf(event).join('\u0000'), keyOf(event)]));
    const current = await db.daily.bulkGet([...keys.values()]);
    const rows = new Map([...keys.keys()].map((key, i) => [key, current[i]]));
    for (const event of fresh) {
      const key = keyOf(event).join('\u0000');
      rows.set(key, accumulate(rows.get(key), event.day, event));
    }
    await db.events.bulkAdd(fresh);
    await db.daily.bulkPut([...rows.values()].filter((row) => row !== undefined));
    return outcomes;
  });
}
