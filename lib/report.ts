import type { DailyRollup } from './store/db';
import { emptyTally, type Group, groupRows } from './summary';
import { type DayKey, shiftWeek, weekOfDay } from './week';

/** Work of each week of the rows, most recent first. */
export function historyByWeek(rows: readonly DailyRollup[]): Group[] {
  const mondays = new Map<DayKey, DayKey>();
  const weekOf = (day: DayKey) => {
    let monday = mondays.get(day);
    if (monday === undefined) {
      monday = weekOfDay(day);
      mondays.set(day, monday);
    }
    return monday;
  };
  return groupRows(rows, (row) => weekOf(row.day)).sort((a, b) => b.key.localeCompare(a.key));
}

/** Work of each calendar month of the rows ("2026-11"), most recent first. */
export function historyByMonth(rows: readonly DailyRollup[]): Group[] {
  return groupRows(rows, (row) => row.day.slice(0, 7)).sort((a, b) => b.key.localeCompare(a.key));
}

/** The `weeks` weeks ending with the week of `lastMonday`, oldest first, weeks without work included. */
export function weeklyTrend(rows: readonly DailyRollup[], lastMonday: DayKey, weeks: number): Group[] {
  const found = new Map(historyByWeek(rows).map((group) => [group.key, group]));
  return Array.from({ length: weeks }, (_, i) => {
    const monday = shiftWeek(lastMonday, i - weeks + 1);
    return found.get(monday) ?? { key: monday, tally: emptyTally(), byCategory: {} };
  });
}
