import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nContext } from '@/components/i18n';
import { Payslip } from '@/components/Payslip';
import { translator } from '@/lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { summarizeWeek } from '@/lib/summary';
import { overrideKey, valuationFor } from '@/lib/value/rates';
import en from '../../public/_locales/en/messages.json';
import { rollup } from './support/events';

// The chart itself needs a real canvas; its figures are checked through its table.
vi.mock('@/components/charts/bar', () => ({
  Chart: class {
    destroy() {}
  },
}));

const row = rollup;

const WEEK = summarizeWeek('2026-11-16', [
  row({ count: 2, activeMs: 30 * 60_000, units: { chars: 500, stars: 9 } }),
  row({
    day: '2026-11-19',
    category: 'captcha',
    site: 'leboncoin.fr',
    beneficiary: 'Google',
    count: 40,
    activeMs: 6 * 60_000,
  }),
  row({ category: 'selfservice', site: 'sncf-connect.com', beneficiary: 'SNCF Voyageurs', activeMs: 90 * 60_000 }),
]);
const PREVIOUS = summarizeWeek('2026-11-09', [row({ day: '2026-11-10', activeMs: 60 * 60_000 })]);

function renderPayslip(settings: Partial<Settings> = {}) {
  const valuation = valuationFor({ ...DEFAULT_SETTINGS, region: 'US', ...settings }, 'en-US');
  return render(
    <I18nContext.Provider value={translator('en', en)}>
      <Payslip summary={WEEK} previous={PREVIOUS} valuation={valuation} isCurrentWeek={false} />
    </I18nContext.Provider>,
  );
}

describe('the payslip', () => {
  it('has a line per category with actions, time, rate and amount, and a total', () => {
    renderPayslip();
    const review = document.querySelector('tr[data-category="review"]') as HTMLElement;
    expect(
      within(review)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '30 min', '$7.25/h', '$3.63']);
    // 0.5 h + 0.1 h + 1.5 h = 2.1 h × $7.25 = $15.225
    expect(screen.getByTestId('lines-total').textContent).toBe('$15.23');
    expect(screen.getByTestId('total-value').textContent).toBe('$15.23');
    expect(screen.getByTestId('total-actions').textContent).toBe('43');
  });

  it('gives the value under the chosen lens with the range across the three', () => {
    renderPayslip({ lens: 'crowdwork' });
    // Crowdwork: 0.5 h × $2 + 40 × $0.002 + 1.5 h × $2 = $4.08; replacement: 0.5 × 34.74 + 0.1 × 7.25 + 1.5 × 19.52 = $47.375
    expect(screen.getByTestId('total-value').textContent).toBe('$4.08');
    expect(screen.getByTestId('value-basis').textContent).toBe(
      'Valued at: Crowdwork market, United States. From $4.08 to $47.38 across the three lenses.',
    );
    expect(screen.getByTestId('rate-captcha').textContent).toBe('$0.002/action');
    expect(screen.getByTestId('amount-captcha').textContent).toBe('$0.08');
  });

  it('shows how a line is computed: the facts, the rate, its source and year, the sum', () => {
    renderPayslip({ lens: 'replacement' });
    fireEvent.click(screen.getByRole('button', { name: 'Reviews & ratings — How is this computed?' }));
    const how = document.getElementById('how-review') as HTMLElement;
    expect(how.textContent).toContain(
      '2 actions in “Reviews & ratings”, 30 min of active time (characters 500, stars 9)',
    );
    expect(how.textContent).toContain('$34.74 an hour — the wage of the job this work replaces: writers and authors');
    expect(how.textContent).toContain('Writers and authors (SOC 27-3043)');
    expect(how.textContent).toContain('(2024, from a page citing the original)');
    expect(how.textContent).toContain('0.5 h × $34.74 = $17.37');
    expect(screen.getByRole('button', { name: /^Reviews & ratings/ }).getAttribute('aria-expanded')).toBe('true');
  });

  it('says when the person set the rate, and when a figure was converted', () => {
    renderPayslip({
      region: 'FR',
      currency: 'USD',
      rateOverrides: { [overrideKey('minimum', 'FR', 'captcha')]: { amount: 0.01, currency: 'USD', per: 'action' } },
    });
    fireEvent.click(screen.getByRole('button', { name: /^CAPTCHAs & AI training/ }));
    expect(document.getElementById('how-captcha')?.textContent).toContain(
      '$0.01 per action — your own rate (the default is €12.02 an hour)',
    );
    fireEvent.click(screen.getByRole('button', { name: /^Self-service/ }));
    expect(document.getElementById('how-selfservice')?.textContent).toContain('Converted from €12.02');
  });

  it('names who profited, most value first, and the change against the previous week', () => {
    renderPayslip({ lens: 'replacement' });
    const companies = screen
      .getAllByRole('row')
      .filter((r) => r.dataset.company)
      .map((r) => r.dataset.company);
    expect(companies).toEqual(['SNCF Voyageurs', 'Amazon', 'Google']);
    // 126 min against 60; $47.375 against 1 h × $34.74
    expect(screen.getByTestId('change').textContent).toBe('Against the previous week: +1 hr 6 min of time, +$12.64.');
  });

  it('has the chart’s figures as a table', () => {
    renderPayslip();
    const table = screen.getByRole('table', { name: 'Active minutes by day and category' });
    const thursday = within(table).getByRole('rowheader', { name: 'Thu' }).closest('tr') as HTMLElement;
    expect(
      within(thursday)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '6']);
  });
});
