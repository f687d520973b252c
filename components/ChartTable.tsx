import { useT } from './i18n';

export interface ChartTableProps {
  caption: string;
  /** Heading of the first column (the chart's x axis). */
  rowHeader: string;
  columns: readonly string[];
  rows: readonly { key: string; label: string; values: readonly string[] }[];
}

/** A chart's figures as a table, for screen readers and for anyone who wants the numbers. */
export function ChartTable({ caption, rowHeader, columns, rows }: ChartTableProps) {
  const t = useT();
  return (
    <details class="chart-table">
      <summary>{t('showTable')}</summary>
      <table>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((label) => (
              <th scope="col" class="num" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, i) => (
                <td class="num" key={columns[i]}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
