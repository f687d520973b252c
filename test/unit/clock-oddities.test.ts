import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ShadowWorkDb } from '@/lib/store/db';
import { rollupsBetween } from '@/lib/store/queries';
import { recordEvents } from '@/lib/store/record';
import { summarizeWeek } from '@/lib/summary';
import { weekDays, weekOf } from '@/lib/week';
import { workEvent } from './support/events';

/** An event of `activeMs` that ended at `endedAt`. */
const endingAt = (endedAt: number, activeMs = 60_000) =>
  workEvent({ startedAt: endedAt - activeMs, endedAt, activeMs });

describe('days and weeks when clocks do odd things', () => {
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

  const week = async (monday: string) => {
    const days = weekDays(monday);
    return summarizeWeek(monday, await rollupsBetween(db, days[0] as string, days[6] as string));
  };

  it('files events around the spring change under the right local day and week', async () => {
    // 29 March 2026: 01:30 is UTC+1, 03:30 is UTC+2; 02:30 does not exist.
    await recordEvents(db, [endingAt(Date.UTC(2026, 2, 29, 0, 30)), endingAt(Date.UTC(2026, 2, 29, 1, 30))]);
    await recordEvents(db, [endingAt(Date.UTC(2026, 2, 29, 21, 59))]); // 23:59 local, still Sunday
    await recordEvents(db, [endingAt(Date.UTC(2026, 2, 29, 22, 1))]); // 00:01 Monday 30 March
    expect((await week('2026-03-23')).byDay['2026-03-29']?.review?.count).toBe(3);
    expect((await week('2026-03-30')).total.count).toBe(1);
  });

  it('files both runs of the repeated hour of the autumn change under the same day', async () => {
    // 25 October 2026: 02:30 happens twice, at 00:30 and 01:30 UTC.
    await recordEvents(db, [endingAt(Date.UTC(2026, 9, 25, 0, 30)), endingAt(Date.UTC(2026, 9, 25, 1, 30))]);
    const summary = await week('2026-10-19');
    expect(summary.byDay['2026-10-25']?.review?.count).toBe(2);
    expect(summary.total.activeMs).toBe(120_000);
  });

  it('keeps each event on the day the person lived it when the time zone changes between events', async () => {
    // Sunday 22 November, 23:30 in Paris: Sunday.
    await recordEvents(db, [endingAt(Date.UTC(2026, 10, 22, 22, 30))]);
    process.env.TZ = 'America/New_York';
    // The person flew to New York; Monday 23 November, 09:00 there.
    await recordEvents(db, [endingAt(Date.UTC(2026, 10, 23, 14, 0))]);
    expect(weekOf(Date.UTC(2026, 10, 23, 14, 0))).toBe('2026-11-23');
    expect((await week('2026-11-16')).byDay['2026-11-22']?.review?.count).toBe(1);
    expect((await week('2026-11-23')).byDay['2026-11-23']?.review?.count).toBe(1);
  });

  it('accepts an event dated before the ones already stored (a clock put back) without disturbing them', async () => {
    await recordEvents(db, [endingAt(Date.UTC(2026, 10, 18, 12, 0))]);
    await recordEvents(db, [endingAt(Date.UTC(2026, 10, 17, 12, 0))]);
    const summary = await week('2026-11-16');
    expect(summary.byDay['2026-11-17']?.review?.count).toBe(1);
    expect(summary.byDay['2026-11-18']?.review?.count).toBe(1);
    expect(summary.total.count).toBe(2);
  });
});
