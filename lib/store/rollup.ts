import type { CategoryId } from '../categories';
import type { UnitName, Units, WorkEvent } from '../event';
import type { DayKey } from '../week';
import type { DailyRollup } from './db';

export function rollupKey(day: DayKey, event: Pick<WorkEvent, 'category' | 'site'>): [DayKey, CategoryId, string] {
  return [day, event.category, event.site];
}

export function addUnits(into: Units, add: Units): Units {
  const sum: Units = { ...into };
  for (const [name, value] of Object.entries(add) as [UnitName, number][]) {
    sum[name] = (sum[name] ?? 0) + value;
  }
  return sum;
}

/** The rollup row with one more event counted in it; `row` is absent for the day's first event. */
export function accumulate(row: DailyRollup | undefined, day: DayKey, event: WorkEvent): DailyRollup {
  return {
    day,
    category: event.category,
    site: event.site,
    beneficiary: event.beneficiary,
    count: (row?.count ?? 0) + 1,
    activeMs: (row?.activeMs ?? 0) + event.activeMs,
    units: addUnits(row?.units ?? {}, event.units),
  };
}
