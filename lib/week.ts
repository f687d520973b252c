import { addDays, addWeeks, format, parseISO, startOfWeek } from 'date-fns';

/** A calendar day in the person's time zone, "YYYY-MM-DD": the key of the daily rollups. */
export type DayKey = string;

export function dayKey(time: number | Date): DayKey {
  return format(time, 'yyyy-MM-dd');
}

/** Local midnight of a day key. */
export function dayStart(day: DayKey): Date {
  return parseISO(day);
}

/** Weeks run Monday to Sunday; a week is named by its Monday. */
export function weekOf(time: number | Date): DayKey {
  return dayKey(startOfWeek(time, { weekStartsOn: 1 }));
}

export function weekDays(monday: DayKey): DayKey[] {
  const start = dayStart(monday);
  return Array.from({ length: 7 }, (_, i) => dayKey(addDays(start, i)));
}

export function shiftWeek(monday: DayKey, weeks: number): DayKey {
  return dayKey(addWeeks(dayStart(monday), weeks));
}

/** The Monday of the week a day belongs to. */
export function weekOfDay(day: DayKey): DayKey {
  return weekOf(dayStart(day));
}

/** Days from `first` to `last` inclusive. */
export function daysBetween(first: DayKey, last: DayKey): DayKey[] {
  const days: DayKey[] = [];
  for (let day = dayStart(first); dayKey(day) <= last; day = addDays(day, 1)) days.push(dayKey(day));
  return days;
}
