import { format } from 'date-fns';
import { CATEGORY_IDS, type CategoryId } from './categories';
import { UNIT_NAMES, type Units } from './event-limits';
import type { DailyRollup, StoredEvent } from './store/db';
import { addUnits } from './store/rollup';
import { type DayKey, dayStart, weekDays, weekOf } from './week';

/**
 * CSV exports for spreadsheets: one row per event, and a summary per week and category.
 * Times are local, "2026-11-18 14:05:09" (ISO 8601 with a space, which LibreOffice and
 * Excel read as a date and time), next to epoch milliseconds that say exactly when.
 * Durations are whole seconds, so no decimal separator depends on the spreadsheet's language.
 */
export const EVENT_COLUMNS = [
  'id',
  'day',
  'started_local',
  'ended_local',
  'started_ms',
  'ended_ms',
  'active_ms',
  'active_seconds',
  'category',
  'kind',
  'detector',
  'site',
  'beneficiary',
  ...UNIT_NAMES,
] as const;

export const WEEK_COLUMNS = ['week_start', 'week_end', 'category', 'actions', 'active_seconds', ...UNIT_NAMES] as const;

type Cell = string | number;

const localTime = (ms: number) => format(ms, 'yyyy-MM-dd HH:mm:ss');
const seconds = (ms: number) => Math.round(ms / 1000);
const unitCells = (units: Units): Cell[] => UNIT_NAMES.map((name) => units[name] ?? '');

/**
 * A spreadsheet runs a cell that starts with = + - or @ as a formula. Company names can be
 * typed by a person or come from an imported file: such a text is kept as text.
 */
export function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function eventRows(events: readonly StoredEvent[]): Cell[][] {
  return [
    [...EVENT_COLUMNS],
    ...events.map((e) => [
      e.id,
      e.day,
      localTime(e.startedAt),
      localTime(e.endedAt),
      e.startedAt,
      e.endedAt,
      e.activeMs,
      seconds(e.activeMs),
      e.category,
      e.kind,
      e.detector,
      asText(e.site),
      asText(e.beneficiary),
      ...unitCells(e.units),
    ]),
  ];
}

interface WeekTally {
  actions: number;
  activeMs: number;
  units: Units;
}

/** Sums the daily rollups per week (Monday to Sunday) and category, oldest week first. */
export function weekRows(rollups: readonly DailyRollup[]): Cell[][] {
  const weeks = new Map<DayKey, Map<CategoryId, WeekTally>>();
  for (const row of rollups) {
    const monday = weekOf(dayStart(row.day));
    const week = weeks.get(monday) ?? new Map<CategoryId, WeekTally>();
    weeks.set(monday, week);
    const tally = week.get(row.category) ?? { actions: 0, activeMs: 0, units: {} };
    week.set(row.category, {
      actions: tally.actions + row.count,
      activeMs: tally.activeMs + row.activeMs,
      units: addUnits(tally.units, row.units),
    });
  }
  const rows: Cell[][] = [[...WEEK_COLUMNS]];
  for (const monday of [...weeks.keys()].sort()) {
    const week = weeks.get(monday) as Map<CategoryId, WeekTally>;
    const sunday = weekDays(monday)[6] as DayKey;
    for (const category of CATEGORY_IDS.filter((c) => week.has(c))) {
      const tally = week.get(category) as WeekTally;
      rows.push([monday, sunday, category, tally.actions, seconds(tally.activeMs), ...unitCells(tally.units)]);
    }
  }
  return rows;
}

/** RFC 4180: a field holding a quote, a comma or a line break is quoted, its quotes doubled. */
function field(cell: Cell): string {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The file's text: UTF-8 with a byte-order mark (without it Excel takes the file for the
 * local code page and garbles accents), CRLF line ends, fields quoted where they must be.
 */
export function toCsv(rows: readonly Cell[][]): string {
  return `\uFEFF${rows.map((row) => `${row.map(field).join(',')}\r\n`).join('')}`;
}
