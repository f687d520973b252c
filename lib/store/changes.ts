import * as v from 'valibot';
import type { WorkEvent } from '../event';
import { beneficiarySchema, DetectorIdSchema, idSchema, siteSchema } from '../event';
import { isManual } from '../manual';
import { type DayKey, dayKey } from '../week';
import type { DailyRollup, ShadowWorkDb, StoredEvent } from './db';
import { accumulate, rollupKey } from './rollup';

const dayKeySchema = v.pipe(v.string(), v.isoDate('a date like 2026-11-23'));

/**
 * What the person asked to delete: everything, one site, one company, a range of days, one
 * event, or what one detector recorded (the sample data's is "sample").
 */
export const SelectionSchema = v.variant('scope', [
  v.strictObject({ scope: v.literal('all') }),
  v.strictObject({ scope: v.literal('site'), site: siteSchema }),
  v.strictObject({ scope: v.literal('company'), beneficiary: beneficiarySchema }),
  v.pipe(
    v.strictObject({ scope: v.literal('range'), from: dayKeySchema, to: dayKeySchema }),
    v.check((range) => range.from <= range.to, 'range: the first day is after the last'),
  ),
  v.strictObject({ scope: v.literal('event'), id: idSchema }),
  v.strictObject({ scope: v.literal('detector'), detector: DetectorIdSchema }),
]);
export type Selection = v.InferOutput<typeof SelectionSchema>;

/** The stored events a selection covers. */
export function selectedEvents(db: ShadowWorkDb, selection: Selection) {
  switch (selection.scope) {
    case 'all':
      return db.events.toCollection();
    case 'site':
      return db.events.where('site').equals(selection.site);
    case 'company':
      return db.events.where('beneficiary').equals(selection.beneficiary);
    case 'range':
      return db.events.where('day').between(selection.from, selection.to, true, true);
    case 'event':
      return db.events.where('id').equals(selection.id);
    case 'detector':
      return db.events.where('detector').equals(selection.detector);
  }
}

/**
 * Recomputes the rollup rows of some days from their events, with the same arithmetic as
 * recording (`accumulate`). Runs inside the caller's transaction on both tables.
 */
export async function rebuildDays(db: ShadowWorkDb, days: Iterable<DayKey>): Promise<void> {
  const list = [...new Set(days)];
  if (list.length === 0) return;
  await db.daily.where('day').anyOf(list).delete();
  const events = await db.events.where('day').anyOf(list).toArray();
  // In the order they happened, as recording met them: a row keeps the latest beneficiary.
  events.sort((a, b) => a.endedAt - b.endedAt || (a.id < b.id ? -1 : 1));
  const rows = new Map<string, DailyRollup>();
  for (const event of events) {
    const key = rollupKey(event.day, event).join('\u0000');
    rows.set(key, accumulate(rows.get(key), event.day, event));
  }
  await db.daily.bulkPut([...rows.values()]);
}

/** Deletes the selected events and rebuilds the rollups of their days, in one transaction; returns how many went. */
export function deleteEvents(db: ShadowWorkDb, selection: Selection): Promise<number> {
  return db.transaction('rw', db.events, db.daily, async () => {
    if (selection.scope === 'all') {
      const count = await db.events.count();
      await Promise.all([db.events.clear(), db.daily.clear()]);
      return count;
    }
    const doomed = await selectedEvents(db, selection).toArray();
    await db.events.bulkDelete(doomed.map((e) => e.id));
    await rebuildDays(
      db,
      doomed.map((e) => e.day),
    );
    return doomed.length;
  });
}

const stored = (event: WorkEvent): StoredEvent => ({ ...event, day: dayKey(event.endedAt) });

/**
 * Adds the events whose id is not stored yet and rebuilds the rollups of their days, all in
 * one transaction: either every new event is stored or none is. Events already stored are
 * kept as they are, so importing the same file twice changes nothing.
 */
export function importEvents(
  db: ShadowWorkDb,
  events: readonly WorkEvent[],
): Promise<{ added: number; present: number }> {
  return db.transaction('rw', db.events, db.daily, async () => {
    const existing = await db.events.bulkGet(events.map((e) => e.id));
    const fresh = events.filter((_, i) => existing[i] === undefined).map(stored);
    await db.events.bulkAdd(fresh);
    await rebuildDays(
      db,
      fresh.map((e) => e.day),
    );
    return { added: fresh.length, present: events.length - fresh.length };
  });
}

/**
 * Stores a manual entry, new or edited, and rebuilds the rollups of the days it left and
 * joined. Only what the person entered by hand can be edited: returns why nothing was
 * changed, or null once it is stored.
 */
export function saveManualEvent(
  db: ShadowWorkDb,
  event: WorkEvent,
  { edit }: { edit: boolean },
): Promise<string | null> {
  return db.transaction('rw', db.events, db.daily, async () => {
    const previous = await db.events.get(event.id);
    if (edit && !previous) return 'no such event';
    if (!edit && previous) return 'this id is taken';
    if (previous && !isManual(previous)) return 'only manual entries can be edited';
    const next = stored(event);
    await db.events.put(next);
    await rebuildDays(db, previous ? [previous.day, next.day] : [next.day]);
    return null;
  });
}
