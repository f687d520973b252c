import { describe, expect, it } from 'vitest';
import { historyByMonth, historyByWeek, weeklyTrend } from '@/lib/report';
import type { DailyRollup } from '@/lib/store/db';
import { categoryTallies, summarize, summarizeWeek } from '@/lib/summary';
import { rollup } from './support/events';

const row = rollup;

const ROWS: DailyRollup[] = [
  row({ day: '2026-11-16', count: 2, activeMs: 120_000, units: { chars: 300, stars: 8 } }),
  row({
    day: '2026-11-18',
    category: 'selfservice',
    site: 'sncf-connect.com',
    beneficiary: 'SNCF Voyageurs',
    activeMs: 400_000,
  }),
  row({ day: '2026-11-18', category: 'captcha', site: 'amazon.fr', beneficiary: 'Google', count: 3, activeMs: 30_000 }),
  row({ day: '2026-11-22', category: 'review', site: 'amazon.co.uk', beneficiary: 'Amazon', activeMs: 50_000 }),
  // The weeks before and after.
  row({ day: '2026-11-15', activeMs: 999_000 }),
  row({ day: '2026-11-23', activeMs: 999_000 }),
  row({
    day: '2026-10-30',
    category: 'feedback',
    site: 'surveymonkey.com',
    beneficiary: 'SurveyMonkey',
    activeMs: 10_000,
  }),
];

describe('a week summary', () => {
  const week = summarizeWeek('2026-11-16', ROWS);

  it('keeps only the days of the week and totals them', () => {
    expect(week.days).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(week.total).toEqual({ count: 7, activeMs: 600_000, units: { chars: 300, stars: 8 } });
  });

  it('splits by category in the taxonomy’s order, and by day for the chart', () => {
    expect(week.byCategory.map((line) => [line.category, line.tally.count, line.tally.activeMs])).toEqual([
      ['review', 3, 170_000],
      ['selfservice', 1, 400_000],
      ['captcha', 3, 30_000],
    ]);
    expect(week.byDay['2026-11-18']).toEqual({
      selfservice: { count: 1, activeMs: 400_000, units: {} },
      captcha: { count: 3, activeMs: 30_000, units: {} },
    });
    expect(week.byDay['2026-11-17']).toEqual({});
  });

  it('names the companies with their work split by category, most time first', () => {
    expect(week.byBeneficiary.map((g) => [g.key, g.tally.activeMs])).toEqual([
      ['SNCF Voyageurs', 400_000],
      ['Amazon', 170_000],
      ['Google', 30_000],
    ]);
    expect(Object.keys(week.byBeneficiary[1]?.byCategory ?? {})).toEqual(['review']);
    // Two Amazon sites, one company; one site, two companies (a CAPTCHA's beneficiary is its provider).
    expect(week.bySite.map((g) => g.key)).toEqual(['sncf-connect.com', 'amazon.fr', 'amazon.co.uk']);
    expect(week.bySite[1]?.byCategory).toMatchObject({ review: { count: 2 }, captcha: { count: 3 } });
  });

  it('gives the category split valuation takes', () => {
    expect(categoryTallies(week)).toMatchObject({
      review: { count: 3 },
      selfservice: { count: 1 },
      captcha: { count: 3 },
    });
    expect(categoryTallies(summarize([]))).toEqual({});
  });
});

describe('the report', () => {
  it('groups history by week and by month, most recent first', () => {
    expect(historyByWeek(ROWS).map((g) => [g.key, g.tally.count])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-16', 7],
      ['2026-11-09', 1],
      ['2026-10-26', 1],
    ]);
    expect(historyByMonth(ROWS).map((g) => [g.key, g.tally.activeMs])).toEqual([
      ['2026-11', 600_000 + 2 * 999_000],
      ['2026-10', 10_000],
    ]);
  });

  it('draws the trend over a fixed number of weeks, empty weeks included, oldest first', () => {
    const trend = weeklyTrend(ROWS, '2026-11-23', 5);
    expect(trend.map((g) => [g.key, g.tally.count])).toEqual([
      ['2026-10-26', 1],
      ['2026-11-02', 0],
      ['2026-11-09', 1],
      ['2026-11-16', 7],
      ['2026-11-23', 1],
    ]);
    expect(trend[1]?.byCategory).toEqual({});
  });
});
