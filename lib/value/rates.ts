import { CATEGORY_IDS, type CategoryId } from '../categories';
import { type CurrencyCode, REGION_CURRENCY, type RegionId, resolveRegion } from '../regions';
import type { RateOverride, Settings } from '../settings';
import { convert } from './exchange';
import {
  type Basis,
  defaultRate,
  FIGURES,
  type Figure,
  type FigureId,
  type JobId,
  LENS_IDS,
  type LensId,
} from './figures';

/** Where a person's own rate for a category under a lens in a region is kept in the settings. */
export function overrideKey(lens: LensId, region: RegionId, category: CategoryId): string {
  return `${lens}:${region}:${category}`;
}

/** A rate as it values work: in the currency shown, with everything needed to explain it. */
export interface AppliedRate {
  lens: LensId;
  region: RegionId;
  category: CategoryId;
  amount: number;
  currency: CurrencyCode;
  per: 'hour' | 'action';
  /** The shipped figure this rate defaults to, and why it was chosen. */
  figureId: FigureId;
  figure: Figure;
  basis: Basis;
  job?: JobId;
  /** The person's own rate, when they replaced the default. */
  custom?: RateOverride;
  /** The amount before conversion into the currency shown, when it was in another one. */
  convertedFrom?: { amount: number; currency: CurrencyCode };
}

export type RateBook = Record<CategoryId, AppliedRate>;

export interface Valuation {
  region: RegionId;
  currency: CurrencyCode;
  lens: LensId;
  /** Every category's rate under every lens, so the range across lenses is at hand. */
  books: Record<LensId, RateBook>;
}

export type ValuationSettings = Pick<Settings, 'region' | 'currency' | 'lens' | 'rateOverrides'>;

function applied(
  lens: LensId,
  region: RegionId,
  category: CategoryId,
  currency: CurrencyCode,
  overrides: Settings['rateOverrides'],
): AppliedRate {
  const shipped = defaultRate(lens, region, category);
  const figure: Figure = FIGURES[shipped.figure];
  const custom = overrides[overrideKey(lens, region, category)];
  const source = custom ?? figure;
  return {
    lens,
    region,
    category,
    amount: convert(source.amount, source.currency, currency),
    currency,
    per: source.per,
    figureId: shipped.figure,
    figure,
    basis: shipped.basis,
    ...(shipped.job && { job: shipped.job }),
    ...(custom && { custom }),
    ...(source.currency !== currency && { convertedFrom: { amount: source.amount, currency: source.currency } }),
  };
}

/** The rates in force for these settings; `locale` decides the region when it is left on "auto". */
export function valuationFor(settings: ValuationSettings, locale: string): Valuation {
  const region = resolveRegion(settings.region, locale);
  const currency = settings.currency === 'auto' ? REGION_CURRENCY[region] : settings.currency;
  const books = Object.fromEntries(
    LENS_IDS.map((lens) => [
      lens,
      Object.fromEntries(
        CATEGORY_IDS.map((category) => [category, applied(lens, region, category, currency, settings.rateOverrides)]),
      ),
    ]),
  ) as Record<LensId, RateBook>;
  return { region, currency, lens: settings.lens, books };
}
