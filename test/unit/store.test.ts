import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ShadowWorkDb } from '@/lib/store/db';
import { rollupsBetween } from '@/lib/store/queries';
import { recordEvents } from '@/lib/store/record';
import { workEvent } from './support/events';

describe('store', () => {
  let db: ShadowWorkDb;
  const originalTz = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Europe/Paris';
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    process.env.TZ = originalTz;
    await db.delete();
  });

  it('writes the event and its daily rollup together', async () => {
    const event = workEvent({ activeMs: 30_000, units: { chars: 100, stars: 5 } });
    expect(await recordEvents(db, [event])).toEqual(['stored']);
    expect(await db.events.get(event.id)).toMatchObject({ ...event, day: '2026-11-18' });
    expect(await db.daily.toArray()).toEqual([
      {
        day: '2026-11-18',
        category: 'review',
        site: 'amazon.fr',
        beneficiary: 'Amazon',
        count: 1,
        activeMs: 30_000,
        units: { chars: 100, stars: 5 },
      },
    ]);
  });

  it('sums events of the same day, category and site into one row, in one batch or several', async () => {
    await recordEvents(db, [
      workEvent({ activeMs: 10_000, units: { chars: 10, stars: 4 } }),
      workEvent({ activeMs: 20_000, units: { chars: 5 } }),
    ]);
    await recordEvents(db, [workEvent({ activeMs: 5_000, units: { stars: 2 } })]);
    const rows = await db.daily.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ count: 3, activeMs: 35_000, units: { chars: 15, stars: 6 } });
  });

  it('keeps separate rows per day, category and site', async () => {
    await recordEvents(db, [
      workEvent(),
      workEvent({ site: 'yelp.com', beneficiary: 'Yelp' }),
      workEvent({ category: 'feedback', kind: 'feedback.answered', detector: 'manual' }),
      workEvent({ startedAt: Date.UTC(2026, 10, 19, 10), endedAt: Date.UTC(2026, 10, 19, 11), activeMs: 1 }),
    ]);
    expect(await db.daily.count()).toBe(4);
  });

  it('stores an event once, however many times it is delivered', async () => {
    const event = workEvent();
    expect(await recordEvents(db, [event, event])).toEqual(['stored', 'duplicate']);
    expect(await recordEvents(db, [event])).toEqual(['duplicate']);
    expect(await db.events.count()).toBe(1);
    expect((await db.daily.toArray())[0]?.count).toBe(1);
  });

  it('files an event under the local day it ended, and reads a week by its days', async () => {
    // Sunday 22 November 23:30 UTC is Monday 00:30 in Paris: next week.
    const late = Date.UTC(2026, 10, 22, 23, 30);
    await recordEvents(db, [workEvent({ startedAt: late - 60_000, endedAt: late, activeMs: 60_000 })]);
    expect(await rollupsBetween(db, '2026-11-16', '2026-11-22')).toEqual([]);
    expect(await rollupsBetween(db, '2026-11-23', '2026-11-29')).toHaveLength(1);
  });
});
