import { useState } from 'preact/hooks';
import { formatDay, formatDuration, formatMoney, formatNumber } from '@/lib/format';
import type { Group } from '@/lib/summary';
import type { RateBook } from '@/lib/value/rates';
import { valueOfCategories } from '@/lib/value/value';
import { dayStart } from '@/lib/week';
import { useT } from '../i18n';
import { NumHeader } from '../NumHeader';

export interface HistoryTableProps {
  weeks: readonly Group[];
  months: readonly Group[];
  book: RateBook;
  currency: string;
  /** Shows a week's payslip, ready to print. */
  onShowWeek: (monday: string) => void;
}

/** The period's work week by week or month by month, most recent first. */
export function HistoryTable({ weeks, months, book, currency, onShowWeek }: HistoryTableProps) {
  const t = useT();
  const lang = t.language;
  const [by, setBy] = useState<'week' | 'month'>('week');
  const groups = by === 'week' ? weeks : months;
  const label = (key: string) =>
    by === 'week'
      ? t('weekOfDate', formatDay(dayStart(key), lang, { day: 'numeric', month: 'short', year: 'numeric' }))
      : formatDay(dayStart(`${key}-01`), lang, { month: 'long', year: 'numeric' });
  return (
    <section aria-labelledby="history-title" class="history no-print">
      <h2 id="history-title">{t('historyTitle')}</h2>
      <fieldset class="buttons">
        <legend class="visually-hidden">{t('historyBy')}</legend>
        <button type="button" aria-pressed={by === 'week'} onClick={() => setBy('week')}>
          {t('byWeek')}
        </button>
        <button type="button" aria-pressed={by === 'month'} onClick={() => setBy('month')}>
          {t('byMonth')}
        </button>
      </fieldset>
      {groups.length === 0 ? (
        <p class="muted">{t('nothingInRange')}</p>
      ) : (
        <table data-testid={`history-${by}`}>
          <thead>
            <tr>
              <th scope="col">{by === 'week' ? t('weekOf') : t('month')}</th>
              <NumHeader>{t('actions')}</NumHeader>
              <NumHeader>{t('time')}</NumHeader>
              <NumHeader>{t('value')}</NumHeader>
              {by === 'week' && (
                <th scope="col">
                  <span class="visually-hidden">{t('payslipTitle')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.key}>
                <th scope="row">{label(group.key)}</th>
                <td class="num">{formatNumber(group.tally.count, lang)}</td>
                <td class="num">{formatDuration(group.tally.activeMs, lang)}</td>
                <td class="num">{formatMoney(valueOfCategories(group.byCategory, book), currency, lang)}</td>
                {by === 'week' && (
                  <td>
                    <button
                      type="button"
                      aria-label={t('showPayslipOf', label(group.key))}
                      onClick={() => onShowWeek(group.key)}
                    >
                      {t('payslipTitle')}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
