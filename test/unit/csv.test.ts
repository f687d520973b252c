import { csvParseRows } from 'd3-dsv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, eventRows, toCsv, WEEK_COLUMNS, weekRows } from '@/lib/csv';
import type { WorkEvent } from '@/lib/event';
import { openDb, type ShadowWorkDb } from '@/lib/store/db';
import { allEvents } from '@/lib/store/queries';
import { recordEvents } from '@/lib/store/record';
import { workEvent } from './support/events';

/** What a spreadsheet reads: the byte-order mark is for it, rows end in CRLF. */
function read(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csvParseRows(csv.slice(1).replace(/\r\n$/, '')).map((row) => row.map((cell) => cell.replace(/\r$/, '')));
}

describe('CSV exports', () => {
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

  async function exportEvents(events: WorkEvent[]) {
    await recordEvents(db, events);
    return read(toCsv(eventRows(await allEvents(db))));
  }

  it('writes a header and one row per event, with local times next to epoch milliseconds', async () => {
    // 18 November 2026, 10:00 UTC is 11:00 in Paris; 22 November 23:30 UTC is already the 23rd there.
    const late = Date.UTC(2026, 10, 22, 23, 30);
    const rows = await exportEvents([
      workEvent({ activeMs: 61_499, units: { chars: 212, stars: 4 } }),
      workEvent({ startedAt: late - 60_000, endedAt: late, activeMs: 60_000, units: {} }),
    ]);
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
    expect(rows).toHaveLength(3);
    const first = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(first).toMatchObject({
      day: '2026-11-18',
      started_local: '2026-11-18 11:00:00',
      ended_local: '2026-11-18 11:01:30',
      started_ms: String(Date.UTC(2026, 10, 18, 10)),
      active_ms: '61499',
      active_seconds: '61',
      site: 'amazon.fr',
      beneficiary: 'Amazon',
      chars: '212',
      stars: '4',
      images: '',
    });
    const second = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, rows[2]?.[i]]));
    expect(second).toMatchObject({ day: '2026-11-23', ended_local: '2026-11-23 00:30:00' });
  });

  it('quotes what must be quoted, and keeps accents, quotes, commas and line breaks intact', async () => {
    const beneficiary = 'Crédit Agricole, "Agence"\ndu Port; 北京';
    const raw = toCsv(
      eventRows([{ ...workEvent({ beneficiary, site: 'credit-agricole.offline' }), day: '2026-11-18' }]),
    );
    expect(raw).toContain('"Crédit Agricole, ""Agence""\ndu Port; 北京"');
    expect(read(raw)[1]).toContain(beneficiary);
  });

  it('keeps a text that a spreadsheet would run as a formula as text', async () => {
    const rows = await exportEvents([
      workEvent({ site: 'formula.offline', beneficiary: '=HYPERLINK("http://evil.test","click")' }),
      workEvent({ site: 'plus.offline', beneficiary: '+33 1 23 45 67 89' }),
      workEvent({ site: 'at.offline', beneficiary: '@SUM(A1)' }),
    ]);
    const beneficiaries = rows.slice(1).map((row) => row[EVENT_COLUMNS.indexOf('beneficiary')]);
    expect(beneficiaries.sort()).toEqual([
      "'+33 1 23 45 67 89",
      '\'=HYPERLINK("http://evil.test","click")',
      "'@SUM(A1)",
    ]);
  });

  it('sums each week, Monday to Sunday, per category, from the daily rollups', async () => {
    const at = (day: number, hour: number) => Date.UTC(2026, 10, day, hour);
    await recordEvents(db, [
      workEvent({ startedAt: at(16, 8), endedAt: at(16, 9), activeMs: 600_000, units: { chars: 10 } }),
      workEvent({ site: 'yelp.com', startedAt: at(22, 8), endedAt: at(22, 9), activeMs: 400_000, units: { chars: 5 } }),
      workEvent({ category: 'feedback', startedAt: at(18, 8), endedAt: at(18, 9), activeMs: 1_000, units: {} }),
      // Sunday 22 November, 23:30 UTC is Monday in Paris: the next week.
      workEvent({ startedAt: at(22, 23), endedAt: at(22, 23) + 1_800_000, activeMs: 2_000, units: { stars: 3 } }),
    ]);
    const rows = read(toCsv(weekRows(await db.daily.toArray())));
    expect(rows).toEqual([
      [...WEEK_COLUMNS],
      ['2026-11-16', '2026-11-22', 'review', '2', '1000', '15', '', '', '', '', '', '', '', '', '', ''],
      ['2026-11-16', '2026-11-22', 'feedback', '1', '1', '', '', '', '', '', '', '', '', '', '', ''],
      ['2026-11-23', '2026-11-29', 'review', '1', '2', '', '3', '', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('writes just the header for an empty record', async () => {
    expect(toCsv(eventRows([]))).toBe(`\uFEFF${EVENT_COLUMNS.join(',')}\r\n`);
  });
});
