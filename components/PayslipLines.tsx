import { useState } from 'preact/hooks';
import { CATEGORY_COLORS, type CategoryId, categoryLabelKey } from '@/lib/categories';
import { formatDuration, formatMoney, formatNumber } from '@/lib/format';
import type { WeekSummary } from '@/lib/summary';
import type { RateBook } from '@/lib/value/rates';
import { valueOfTally } from '@/lib/value/value';
import { useT } from './i18n';
import { NumHeader } from './NumHeader';
import { RateExplanation, rateLabel } from './RateExplanation';

export interface PayslipLinesProps {
  summary: Pick<WeekSummary, 'byCategory' | 'total'>;
  book: RateBook;
  currency: string;
  total: number;
}

/** One line per category with work, as on a payslip: actions, time, rate, amount; then the total. */
export function PayslipLines({ summary, book, currency, total }: PayslipLinesProps) {
  const t = useT();
  const lang = t.language;
  const [open, setOpen] = useState<CategoryId | null>(null);
  return (
    <table class="lines">
      <caption class="visually-hidden">{t('linesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('category')}</th>
          <NumHeader>{t('actions')}</NumHeader>
          <NumHeader>{t('time')}</NumHeader>
          <NumHeader>{t('rate')}</NumHeader>
          <NumHeader>{t('amount')}</NumHeader>
        </tr>
      </thead>
      <tbody>
        {summary.byCategory.flatMap(({ category, tally }) => {
          const rate = book[category];
          const expanded = open === category;
          const label = t(categoryLabelKey(category));
          const row = (
            <tr key={category} data-category={category}>
              <th scope="row">
                <button
                  type="button"
                  class="line-toggle"
                  aria-expanded={expanded}
                  aria-controls={expanded ? `how-${category}` : undefined}
                  title={t('howIsThisComputed')}
                  onClick={() => setOpen(expanded ? null : category)}
                >
                  <span class="swatch" style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" />
                  {label}
                  <span class="visually-hidden"> — {t('howIsThisComputed')}</span>
                </button>
              </th>
              <td class="num">{formatNumber(tally.count, lang)}</td>
              <td class="num">{formatDuration(tally.activeMs, lang)}</td>
              <td class="num rate" data-testid={`rate-${category}`}>
                {rateLabel(rate, t, { short: true })}
              </td>
              <td class="num" data-testid={`amount-${category}`}>
                {formatMoney(valueOfTally(tally, rate), currency, lang)}
              </td>
            </tr>
          );
          return expanded
            ? [
                row,
                <tr key={`${category}-how`} id={`how-${category}`} class="how-row">
                  <td colSpan={5}>
                    <RateExplanation tally={tally} rate={rate} />
                  </td>
                </tr>,
              ]
            : [row];
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('total')}</th>
          <td class="num">{formatNumber(summary.total.count, lang)}</td>
          <td class="num">{formatDuration(summary.total.activeMs, lang)}</td>
          <td />
          <td class="num" data-testid="lines-total">
            {formatMoney(total, currency, lang)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
