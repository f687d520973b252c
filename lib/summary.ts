import { CATEGORY_IDS, type CategoryId } from './categories';
import type { Units } from './event';
import type { DailyRollup } from './store/db';
import { addUnits } from './store/rollup';
import { type DayKey, weekDays } from './week';

export interface Tally {
  count: number;
  activeMs: number;
  units: Units;
}

export type CategoryTallies = Partial<Record<CategoryId, Tally>>;

/** Work grouped under one key (a company, a site, a week), split by category so that it can be valued. */
export interface Group {
  key: string;
  tally: Tally;
  byCategory: CategoryTallies;
}

export interface PeriodSummary {
  total: Tally;
  /** Categories with work, in the taxonomy's order. */
  byCategory: { category: CategoryId; tally: Tally }[];
  /** Companies, most active time first. */
  byBeneficiary: Group[];
  /** Sites, most active time first. */
  bySite: Group[];
}

export interface WeekSummary extends PeriodSummary {
  monday: DayKey;
  days: DayKey[];
  /** Per day, per category: what the chart stacks. */
  byDay: Record<DayKey, CategoryTallies>;
}

type Counted = Pick<DailyRollup, 'count' | 'activeMs' | 'units'>;

export const emptyTally = (): Tally => ({ count: 0, activeMs: 0, units: {} });

function add(into: Tally, row: Counted): void {
  into.count += row.count;
  into.activeMs += row.activeMs;
  into.units = addUnits(into.units, row.units);
}

/** Adds a rollup row into a category split. */
export function addToCategories(into: CategoryTallies, row: Counted & Pick<DailyRollup, 'category'>): void {
  into[row.category] ??= emptyTally();
  add(into[row.category] as Tally, row);
}

/** Folds rollup rows into groups by `keyOf`, in first-seen order. */
export function groupRows(rows: readonly DailyRollup[], keyOf: (row: DailyRollup) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const key = keyOf(row);
    let group = groups.get(key);
    if (!group) {
      group = { key, tally: emptyTally(), byCategory: {} };
      groups.set(key, group);
    }
    add(group.tally, row);
    addToCategories(group.byCategory, row);
  }
  return [...groups.values()];
}

const mostWorkFirst = (a: Group, b: Group) => b.tally.activeMs - a.tally.activeMs || b.tally.count - a.tally.count;

/** Totals, categories, companies and sites of some rollup rows. */
export function summarize(rows: readonly DailyRollup[]): PeriodSummary {
  const total = emptyTally();
  const categories: CategoryTallies = {};
  for (const row of rows) {
    add(total, row);
    addToCategories(categories, row);
  }
  return {
    total,
    byCategory: CATEGORY_IDS.filter((c) => categories[c]).map((category) => ({
      category,
      tally: categories[category] as Tally,
    })),
    byBeneficiary: groupRows(rows, (row) => row.beneficiary).sort(mostWorkFirst),
    bySite: groupRows(rows, (row) => row.site).sort(mostWorkFirst),
  };
}

/** The category split of a summary, as valuation takes it. */
export function categoryTallies(summary: Pick<PeriodSummary, 'byCategory'>): CategoryTallies {
  return Object.fromEntries(summary.byCategory.map(({ category, tally }) => [category, tally]));
}

/** Folds a week's rollup rows into the figures the payslip shows; rows of other days are left out. */
export function summarizeWeek(monday: DayKey, rows: readonly DailyRollup[]): WeekSummary {
  const days = weekDays(monday);
  const inWeek = new Set(days);
  const weekRows = rows.filter((row) => inWeek.has(row.day));
  const byDay: WeekSummary['byDay'] = Object.fromEntries(days.map((d) => [d, {}]));
  for (const row of weekRows) addToCategories(byDay[row.day] as CategoryTallies, row);
  return { monday, days, byDay, ...summarize(weekRows) };
}
