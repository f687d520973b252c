import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '@/lib/categories';
import { REGION_CURRENCY, REGION_IDS, type RegionId } from '@/lib/regions';
import { DEFAULT_SETTINGS, type LensId, type Settings } from '@/lib/settings';
import type { DailyRollup } from '@/lib/store/db';
import { categoryTallies, summarize, type Tally } from '@/lib/summary';
import { convert, EXCHANGE } from '@/lib/value/exchange';
import { FIGURES } from '@/lib/value/figures';
import { overrideKey, type RateBook, valuationFor } from '@/lib/value/rates';
import { lensRange, valueOfCategories, valueOfTally } from '@/lib/value/value';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...overrides };
}

/** The value of one category's work under a lens in a region, in the region's currency. */
function value(
  lens: LensId,
  region: RegionId,
  category: CategoryId,
  tally: Partial<Tally>,
  more: Partial<Settings> = {},
) {
  const valuation = valuationFor(settings({ region, lens, ...more }), 'en-US');
  return valueOfTally({ count: 0, activeMs: 0, ...tally }, valuation.books[lens][category]);
}

describe('valuation, by hand', () => {
  it.each([
    // region, active time, hand-computed value at the region's minimum wage
    ['FR', 90 * MINUTE, 18.03], // 1.5 h × €12.02
    ['US', 2 * HOUR, 14.5], // 2 h × $7.25
    ['GB', 45 * MINUTE, 9.5325], // 0.75 h × £12.71
    ['DE', 20 * MINUTE, 4.633333], // 1/3 h × €13.90
  ] as const)('minimum wage lens in %s: every category at the legal minimum', (region, activeMs, expected) => {
    for (const category of CATEGORY_IDS) {
      expect(value('minimum', region, category, { activeMs, count: 3 })).toBeCloseTo(expected, 5);
    }
  });

  it.each([
    ['review', 30 * MINUTE, 17.37, 'job'], // 0.5 h × $34.74, writers and authors
    ['content', 2 * HOUR, 69.48, 'job'], // 2 h × $34.74
    ['selfservice', HOUR, 19.52, 'job'], // ticket agents
    ['support', 2 * HOUR, 41.18, 'job'], // customer service representatives
    ['play', 15 * MINUTE, 6.8625, 'job'], // 0.25 h × $27.45, interpreters and translators
    ['captcha', 6 * MINUTE, 0.725, 'noJobWage'], // no wage found: 0.1 h × $7.25
    ['referral', HOUR, 7.25, 'noJobWage'],
    ['feedback', HOUR, 7.25, 'noJobWage'],
  ] as const)('replacement lens in the United States: %s', (category, activeMs, expected, basis) => {
    expect(value('replacement', 'US', category, { activeMs, count: 1 })).toBeCloseTo(expected, 6);
    expect(valuationFor(settings({ region: 'US' }), 'en').books.replacement[category].basis).toBe(basis);
  });

  it.each([
    ['FR', 12.02],
    ['GB', 12.71],
    ['DE', 13.9],
  ] as const)('replacement lens in %s: the minimum wage stands in, and says why', (region, wage) => {
    const book = valuationFor(settings({ region }), 'en').books.replacement;
    expect(value('replacement', region, 'review', { activeMs: HOUR })).toBeCloseTo(wage, 6);
    expect(book.review.basis).toBe('noRegionalWage');
    expect(book.captcha.basis).toBe('noJobWage');
  });

  it('crowdwork lens in the United States: CAPTCHAs by the solve, surveys and the rest by the hour', () => {
    expect(value('crowdwork', 'US', 'captcha', { count: 500, activeMs: HOUR })).toBeCloseTo(1, 9); // 500 × $0.002
    expect(value('crowdwork', 'US', 'feedback', { count: 4, activeMs: HOUR })).toBeCloseTo(8, 9); // Prolific $8/h
    expect(value('crowdwork', 'US', 'review', { count: 2, activeMs: 3 * HOUR })).toBeCloseTo(6, 9); // MTurk $2/h
  });

  it('crowdwork lens in the United Kingdom: Prolific’s pound figure, dollar prices converted at the ECB rate', () => {
    expect(value('crowdwork', 'GB', 'feedback', { activeMs: HOUR })).toBeCloseTo(6, 9);
    // $2 per 1,000 solves → £: 2 / 1.1646 × 0.8778 = 1.507470...
    expect(value('crowdwork', 'GB', 'captcha', { count: 1000 })).toBeCloseTo(1.50747, 5);
    expect(value('crowdwork', 'GB', 'play', { activeMs: HOUR })).toBeCloseTo(1.50747, 5);
  });

  it.each(['FR', 'DE'] as const)('crowdwork lens in %s: dollar figures in euros at the ECB rate', (region) => {
    expect(value('crowdwork', region, 'captcha', { count: 1000 })).toBeCloseTo(1.717328, 6); // 2 / 1.1646
    expect(value('crowdwork', region, 'feedback', { activeMs: HOUR })).toBeCloseTo(6.869311, 6); // 8 / 1.1646
  });

  it('shows another currency than the region’s by converting at the cited rate', () => {
    // €12.02 in dollars: 12.02 × 1.1646 = 13.998492
    expect(value('minimum', 'FR', 'review', { activeMs: HOUR }, { currency: 'USD' })).toBeCloseTo(13.998492, 6);
    const rate = valuationFor(settings({ region: 'FR', currency: 'USD' }), 'en').books.minimum.review;
    expect(rate).toMatchObject({ currency: 'USD', convertedFrom: { amount: 12.02, currency: 'EUR' } });
  });

  it('uses the person’s own rate, hourly or per action, in the currency they gave it', () => {
    const rateOverrides: Settings['rateOverrides'] = {
      [overrideKey('minimum', 'FR', 'review')]: { amount: 20, currency: 'EUR', per: 'hour' },
      [overrideKey('minimum', 'FR', 'referral')]: { amount: 0.5, currency: 'EUR', per: 'action' },
      [overrideKey('minimum', 'FR', 'support')]: { amount: 10, currency: 'USD', per: 'hour' },
    };
    expect(value('minimum', 'FR', 'review', { activeMs: HOUR }, { rateOverrides })).toBe(20);
    expect(value('minimum', 'FR', 'referral', { count: 10, activeMs: HOUR }, { rateOverrides })).toBe(5);
    expect(value('minimum', 'FR', 'support', { activeMs: HOUR }, { rateOverrides })).toBeCloseTo(10 / 1.1646, 9);
    // Only that lens and region: the United States keep their default.
    expect(value('minimum', 'US', 'review', { activeMs: HOUR }, { rateOverrides })).toBe(7.25);
  });

  it('picks the region from the browser locale when left on automatic', () => {
    expect(valuationFor(settings(), 'fr-FR')).toMatchObject({ region: 'FR', currency: 'EUR' });
    expect(valuationFor(settings(), 'en-GB')).toMatchObject({ region: 'GB', currency: 'GBP' });
    expect(valuationFor(settings(), 'de')).toMatchObject({ region: 'DE', currency: 'EUR' });
    expect(valuationFor(settings(), 'en-US')).toMatchObject({ region: 'US', currency: 'USD' });
    expect(valuationFor(settings({ region: 'DE' }), 'en-US').region).toBe('DE');
  });

  it('gives the range across the three lenses', () => {
    const tallies = { review: { count: 2, activeMs: HOUR, units: {} } };
    const range = lensRange(tallies, valuationFor(settings({ region: 'US' }), 'en'));
    expect(range.byLens).toEqual({ replacement: 34.74, minimum: 7.25, crowdwork: 2 });
    expect(range).toMatchObject({ low: 2, high: 34.74 });
  });
});

describe('the shipped table', () => {
  it('has a rate with a source, a year and a status for every lens, region and category', () => {
    for (const region of REGION_IDS) {
      const { books, currency } = valuationFor(settings({ region }), 'en');
      expect(currency).toBe(REGION_CURRENCY[region]);
      for (const book of Object.values(books)) {
        for (const category of CATEGORY_IDS) {
          const rate = book[category];
          expect(rate.amount).toBeGreaterThan(0);
          expect(rate.figure.source.length).toBeGreaterThan(20);
          expect(rate.figure.year).toBeGreaterThanOrEqual(2009);
          expect(['verified', 'secondary']).toContain(rate.figure.status);
        }
      }
    }
  });

  it('is documented in the README, figure by figure', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## What your work is worth'), readme.indexOf('## Detector catalogue'));
    // A row's cells, whatever the padding a Markdown formatter gives the columns.
    const rows = table
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    for (const figure of Object.values(FIGURES)) {
      const row = rows.find((cells) => cells.includes(figure.source));
      expect(row, figure.source).toBeDefined();
      expect(row).toContain(String(figure.year));
      expect(row).toContain(figure.status);
    }
  });

  it('prices by the unit only where a market sells that unit', () => {
    const unitPriced = Object.entries(FIGURES).filter(([, figure]) => figure.per === 'action');
    expect(unitPriced.map(([id]) => id)).toEqual(['captchaSolving2026']);
  });

  it('converts through the euro with the cited reference rates', () => {
    expect(EXCHANGE.date).toBe('2025-12-01');
    expect(convert(11.646, 'USD', 'EUR')).toBeCloseTo(10, 9);
    expect(convert(10, 'EUR', 'GBP')).toBeCloseTo(8.778, 9);
    expect(convert(5, 'GBP', 'GBP')).toBe(5);
  });
});

const categoryArb = fc.constantFrom(...CATEGORY_IDS);
const eventArb = fc.record({ category: categoryArb, activeMs: fc.integer({ min: 0, max: 86_400_000 }) });

function rows(events: { category: CategoryId; activeMs: number }[]): DailyRollup[] {
  return events.map((e) => ({
    day: '2026-11-18',
    category: e.category,
    site: 'shop.test',
    beneficiary: 'shop.test',
    count: 1,
    activeMs: e.activeMs,
    units: {},
  }));
}

/** Equal up to floating-point rounding, relative to the size of the figures. */
function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

function scaled(book: RateBook, factor: number): RateBook {
  return Object.fromEntries(
    Object.entries(book).map(([category, rate]) => [category, { ...rate, amount: rate.amount * factor }]),
  ) as RateBook;
}

describe('valuation, as properties', () => {
  const regionArb = fc.constantFrom(...REGION_IDS);
  const lensArb = fc.constantFrom<LensId>('replacement', 'minimum', 'crowdwork');

  it('is additive over events: the week is worth the sum of its events', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), regionArb, lensArb, (events, region, lens) => {
        const book = valuationFor(settings({ region }), 'en').books[lens];
        const whole = valueOfCategories(categoryTallies(summarize(rows(events))), book);
        const parts = events.reduce(
          (sum, e) => sum + valueOfTally({ count: 1, activeMs: e.activeMs }, book[e.category]),
          0,
        );
        expectClose(whole, parts);
      }),
    );
  });

  it('is additive over any split of the events into two periods', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.nat(), regionArb, lensArb, (events, cut, region, lens) => {
        const book = valuationFor(settings({ region }), 'en').books[lens];
        const at = events.length === 0 ? 0 : cut % (events.length + 1);
        const of = (list: typeof events) => valueOfCategories(categoryTallies(summarize(rows(list))), book);
        expectClose(of(events), of(events.slice(0, at)) + of(events.slice(at)));
      }),
    );
  });

  it('is linear in the rates: k times every rate is k times the value, and rates add', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        regionArb,
        lensArb,
        (events, k, j, region, lens) => {
          const book = valuationFor(settings({ region }), 'en').books[lens];
          const tallies = categoryTallies(summarize(rows(events)));
          const base = valueOfCategories(tallies, book);
          expectClose(valueOfCategories(tallies, scaled(book, k)), k * base);
          expectClose(
            valueOfCategories(tallies, scaled(book, k + j)),
            valueOfCategories(tallies, scaled(book, k)) + valueOfCategories(tallies, scaled(book, j)),
          );
        },
      ),
    );
  });
});
