import { useState } from 'preact/hooks';
import { formatDuration, formatMoney, formatNumber } from '@/lib/format';
import type { Group } from '@/lib/summary';
import type { RateBook } from '@/lib/value/rates';
import { valueOfCategories } from '@/lib/value/value';
import { useT } from '../i18n';

type SortKey = 'time' | 'actions' | 'value';

export interface GroupTableProps {
  id: string;
  title: string;
  /** Heading of the first column: "Site", "Company". */
  keyHeader: string;
  groups: readonly Group[];
  book: RateBook;
  currency: string;
}

/** Sites or companies with their time, actions and value, sortable by each. */
export function GroupTable({ id, title, keyHeader, groups, book, currency }: GroupTableProps) {
  const t = useT();
  const lang = t.language;
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'time', descending: true });
  const rows = groups.map((group) => ({ ...group, value: valueOfCategories(group.byCategory, book) }));
  const measure = (row: (typeof rows)[number]) =>
    sort.key === 'time' ? row.tally.activeMs : sort.key === 'actions' ? row.tally.count : row.value;
  rows.sort(
    (a, b) => (sort.descending ? measure(b) - measure(a) : measure(a) - measure(b)) || a.key.localeCompare(b.key),
  );

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" class="num" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          class="sort"
          onClick={() => setSort({ key, descending: active ? !sort.descending : true })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <section aria-labelledby={`${id}-title`} class="group-table">
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('nothingInRange')}</p>
      ) : (
        <table data-testid={id}>
          <caption class="visually-hidden">{t('sortableCaption', title)}</caption>
          <thead>
            <tr>
              <th scope="col">{keyHeader}</th>
              {header('time', t('time'))}
              {header('actions', t('actions'))}
              {header('value', t('value'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.key}</th>
                <td class="num">{formatDuration(row.tally.activeMs, lang)}</td>
                <td class="num">{formatNumber(row.tally.count, lang)}</td>
                <td class="num">{formatMoney(row.value, currency, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
