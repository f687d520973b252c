import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildExport } from '@/lib/export';
import { parseExport } from '@/lib/import';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { deleteEvents, importEvents } from '@/lib/store/changes';
import { openDb, type ShadowWorkDb } from '@/lib/store/db';
import { allEvents } from '@/lib/store/queries';
import { recordEvents } from '@/lib/store/record';
import { historyArbitrary } from './support/history';

async function snapshot(db: ShadowWorkDb) {
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
  return {
    events: (await db.events.toArray()).map((e) => ({ key: e.id, e })).sort(byKey),
    daily: (await db.daily.toArray()).map((r) => ({ key: `${r.day}|${r.category}|${r.site}`, r })).sort(byKey),
  };
}

describe('export, delete everything, import', () => {
  let db: ShadowWorkDb;
  const originalTz = process.env.TZ;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    process.env.TZ = originalTz;
    await db.delete();
  });

  // Hundreds of transactions on the in-memory database: give a busy machine time.
  it('gives back identical events and rollups, for any history recorded in any batches', {
    timeout: 60_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        historyArbitrary(),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'UTC'),
        async (history, batchSize, timeZone) => {
          process.env.TZ = timeZone;
          await Promise.all([db.events.clear(), db.daily.clear()]);
          for (let i = 0; i < history.length; i += batchSize) await recordEvents(db, history.slice(i, i + batchSize));
          const before = await snapshot(db);

          const text = JSON.stringify(buildExport(await allEvents(db), DEFAULT_SETTINGS));
          expect(await deleteEvents(db, { scope: 'all' })).toBe(history.length);
          expect(await snapshot(db)).toEqual({ events: [], daily: [] });

          const parsed = parseExport(text);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
          expect(await importEvents(db, parsed.events)).toEqual({ added: history.length, present: 0 });
          expect(await snapshot(db)).toEqual(before);

          // The same file again changes nothing.
          expect(await importEvents(db, parsed.events)).toEqual({ added: 0, present: history.length });
          expect(await snapshot(db)).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('merges a file into a record that already holds part of it, without duplicates', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary(30), fc.integer({ min: 0, max: 30 }), async (history, split) => {
        await Promise.all([db.events.clear(), db.daily.clear()]);
        await recordEvents(db, history);
        const whole = await snapshot(db);
        const text = JSON.stringify(buildExport(await allEvents(db), DEFAULT_SETTINGS));

        await Promise.all([db.events.clear(), db.daily.clear()]);
        await recordEvents(db, history.slice(0, split));
        const parsed = parseExport(text);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
        const kept = Math.min(split, history.length);
        expect(await importEvents(db, parsed.events)).toEqual({ added: history.length - kept, present: kept });
        expect(await snapshot(db)).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });
});
