import type { CategoryId } from '../categories';
import { MS_PER_HOUR } from '../format';
import type { Tally } from '../summary';
import { LENS_IDS, type LensId } from './figures';
import type { AppliedRate, RateBook, Valuation } from './rates';

/**
 * Money is computed when it is shown, from the stored facts and the rates in force:
 * nothing stores it, so a changed rate re-values all history at once.
 */
export function valueOfTally(
  tally: Pick<Tally, 'count' | 'activeMs'>,
  rate: Pick<AppliedRate, 'amount' | 'per'>,
): number {
  return rate.per === 'hour' ? (tally.activeMs / MS_PER_HOUR) * rate.amount : tally.count * rate.amount;
}

export type CategoryTallies = Partial<Record<CategoryId, Tally>>;

/** The value of work split by category, each category at its own rate. */
export function valueOfCategories(tallies: CategoryTallies, book: RateBook): number {
  let sum = 0;
  for (const [category, tally] of Object.entries(tallies) as [CategoryId, Tally][]) {
    sum += valueOfTally(tally, book[category]);
  }
  return sum;
}

/** The value under each of the three lenses, and their lowest and highest. */
export function lensRange(
  tallies: CategoryTallies,
  valuation: Valuation,
): { byLens: Record<LensId, number>; low: number; high: number } {
  const byLens = Object.fromEntries(
    LENS_IDS.map((lens) => [lens, valueOfCategories(tallies, valuation.books[lens])]),
  ) as Record<LensId, number>;
  const values = Object.values(byLens);
  return { byLens, low: Math.min(...values), high: Math.max(...values) };
}
