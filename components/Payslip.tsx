import {
  formatDay,
  formatDuration,
  formatDurationChange,
  formatMoney,
  formatMoneyChange,
  formatNumber,
} from '@/lib/format';
import { categoryTallies, type WeekSummary } from '@/lib/summary';
import type { Valuation } from '@/lib/value/rates';
import { lensRange } from '@/lib/value/value';
import { dayStart } from '@/lib/week';
import { useT } from './i18n';
import './payslip.css';
import { PayslipLines } from './PayslipLines';
import { WeekChart } from './WeekChart';
import { WhoProfited } from './WhoProfited';

export interface PayslipProps {
  summary: WeekSummary;
  /** The week before, for the change; null when it is not known. */
  previous: WeekSummary | null;
  valuation: Valuation;
  isCurrentWeek: boolean;
  /** Week navigation; a printed payslip has none. */
  onPreviousWeek?: () => void;
  onNextWeek?: () => void;
  onChartDrawn?: () => void;
}

/** One week as a payslip: the week, the totals and their value, the lines, the chart, and who profited. */
export function Payslip({
  summary,
  previous,
  valuation,
  isCurrentWeek,
  onPreviousWeek,
  onNextWeek,
  onChartDrawn,
}: PayslipProps) {
  const t = useT();
  const lang = t.language;
  const { currency } = valuation;
  const first = formatDay(dayStart(summary.days[0] as string), lang, { day: 'numeric', month: 'short' });
  const last = formatDay(dayStart(summary.days[6] as string), lang, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const range = lensRange(categoryTallies(summary), valuation);
  const value = range.byLens[valuation.lens];
  const before = previous && lensRange(categoryTallies(previous), valuation).byLens[valuation.lens];
  const book = valuation.books[valuation.lens];

  return (
    <section class="payslip" aria-labelledby="week-title" data-week={summary.monday}>
      <header class="week-nav">
        {onPreviousWeek && (
          <button type="button" onClick={onPreviousWeek} aria-label={t('previousWeek')} title={t('previousWeek')}>
            ‹
          </button>
        )}
        <div>
          <h2 id="week-title">{t('weekRange', first, last)}</h2>
          {isCurrentWeek && <p class="muted">{t('thisWeek')}</p>}
        </div>
        {onNextWeek && (
          <button
            type="button"
            onClick={onNextWeek}
            disabled={isCurrentWeek}
            aria-label={t('nextWeek')}
            title={t('nextWeek')}
          >
            ›
          </button>
        )}
      </header>

      <dl class="totals">
        <div>
          <dt>{t('timeWorked')}</dt>
          <dd data-testid="total-time">{formatDuration(summary.total.activeMs, lang)}</dd>
        </div>
        <div>
          <dt>{t('actions')}</dt>
          <dd data-testid="total-actions">{formatNumber(summary.total.count, lang)}</dd>
        </div>
        <div>
          <dt>{t('value')}</dt>
          <dd data-testid="total-value">{formatMoney(value, currency, lang)}</dd>
        </div>
      </dl>
      <p class="muted basis" data-testid="value-basis">
        {t('valueUnder', t(`lens_${valuation.lens}`), t(`region_${valuation.region}`))}{' '}
        {summary.total.count > 0 &&
          t('lensRange', formatMoney(range.low, currency, lang), formatMoney(range.high, currency, lang))}
      </p>
      {previous && (
        <p class="muted change" data-testid="change">
          {previous.total.count === 0
            ? t('nothingPreviousWeek')
            : t(
                'changeVsPrevious',
                formatDurationChange(summary.total.activeMs - previous.total.activeMs, lang),
                formatMoneyChange(value - (before ?? 0), currency, lang),
              )}
        </p>
      )}

      {summary.total.count === 0 ? (
        <p class="muted">{t('emptyWeek')}</p>
      ) : (
        <>
          <PayslipLines summary={summary} book={book} currency={currency} total={value} />
          <p class="muted lines-hint">{t('linesHint')}</p>
          <WeekChart summary={summary} onDrawn={onChartDrawn} />
          <WhoProfited companies={summary.byBeneficiary} book={book} currency={currency} limit={5} />
        </>
      )}
    </section>
  );
}
