import { formatDuration, formatMoney } from '@/lib/format';
import type { Group } from '@/lib/summary';
import type { RateBook } from '@/lib/value/rates';
import { valueOfCategories } from '@/lib/value/value';
import { useT } from './i18n';
import { NumHeader } from './NumHeader';

export interface WhoProfitedProps {
  companies: readonly Group[];
  book: RateBook;
  currency: string;
  /** How many to show, those that gained most first. */
  limit: number;
}

/** The companies that gained most from the work, with its time and value for each. */
export function WhoProfited({ companies, book, currency, limit }: WhoProfitedProps) {
  const t = useT();
  const lang = t.language;
  const valued = companies
    .map((company) => ({ ...company, value: valueOfCategories(company.byCategory, book) }))
    .sort((a, b) => b.value - a.value || b.tally.activeMs - a.tally.activeMs)
    .slice(0, limit);
  return (
    <section class="who" aria-labelledby="who-title">
      <h3 id="who-title">{t('whoProfited')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('company')}</th>
            <NumHeader>{t('time')}</NumHeader>
            <NumHeader>{t('value')}</NumHeader>
          </tr>
        </thead>
        <tbody>
          {valued.map((company) => (
            <tr key={company.key} data-company={company.key}>
              <th scope="row">{company.key}</th>
              <td class="num">{formatDuration(company.tally.activeMs, lang)}</td>
              <td class="num">{formatMoney(company.value, currency, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
