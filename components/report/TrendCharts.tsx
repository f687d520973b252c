import { useRef } from 'preact/hooks';
import { CATEGORY_IDS, categoryLabelKey } from '@/lib/categories';
import { formatDay, formatMoney, formatNumber } from '@/lib/format';
import type { Group } from '@/lib/summary';
import type { RateBook } from '@/lib/value/rates';
import { valueOfCategories } from '@/lib/value/value';
import { dayStart } from '@/lib/week';
import { CategoryLegend } from '../CategoryLegend';
import { ChartTable } from '../ChartTable';
import { stackedCategoryBars } from '../charts/stacked';
import { useChart } from '../charts/use-chart';
import { useT } from '../i18n';

const toHours = (ms: number) => Math.round(ms / 36_000) / 100;
/** Okabe–Ito blue and vermillion, the second dashed: the two lines differ in more than colour. */
const VALUE_COLOR = '#0072B2';
const TIME_COLOR = '#D55E00';

const loadLineChart = () => import('../charts/line');

export interface TrendChartsProps {
  /** Oldest first. */
  weeks: readonly Group[];
  book: RateBook;
  currency: string;
}

/** Value and time over the last weeks, and time by category, each with its table. */
export function TrendCharts({ weeks, book, currency }: TrendChartsProps) {
  const t = useT();
  const lang = t.language;
  const trendCanvas = useRef<HTMLCanvasElement>(null);
  const categoryCanvas = useRef<HTMLCanvasElement>(null);
  const labels = weeks.map((w) => formatDay(dayStart(w.key), lang, { day: 'numeric', month: 'short' }));
  const values = weeks.map((w) => valueOfCategories(w.byCategory, book));
  const hours = weeks.map((w) => toHours(w.tally.activeMs));
  const categories = CATEGORY_IDS.filter((c) => weeks.some((w) => w.byCategory[c]));
  const categoryHours = (week: Group, category: (typeof categories)[number]) =>
    toHours(week.byCategory[category]?.activeMs ?? 0);

  useChart(
    trendCanvas,
    loadLineChart,
    ({ text, grid }) => ({
      type: 'line',
      data: {
        labels,
        datasets: [
          {
            label: t('value'),
            data: values.map((v) => Math.round(v * 100) / 100),
            borderColor: VALUE_COLOR,
            backgroundColor: VALUE_COLOR,
            yAxisID: 'value',
          },
          {
            label: t('hours'),
            data: hours,
            borderColor: TIME_COLOR,
            backgroundColor: TIME_COLOR,
            borderDash: [6, 4],
            pointStyle: 'rect',
            yAxisID: 'hours',
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { ticks: { color: text }, grid: { display: false } },
          value: { position: 'left', beginAtZero: true, ticks: { color: text }, grid: { color: grid } },
          hours: { position: 'right', beginAtZero: true, ticks: { color: text }, grid: { display: false } },
        },
        plugins: { tooltip: { mode: 'index', intersect: false } },
      },
    }),
    [weeks, book, t],
  );

  useChart(
    categoryCanvas,
    loadLineChart,
    (theme) =>
      stackedCategoryBars(
        labels,
        categories.map((category) => ({ category, data: weeks.map((w) => categoryHours(w, category)) })),
        theme,
        t,
      ),
    [weeks, t],
  );

  return (
    <section aria-labelledby="trend-title" class="trend no-print">
      <h2 id="trend-title">{t('trendTitle', weeks.length)}</h2>
      <figure>
        <figcaption>{t('trendValueTime')}</figcaption>
        <ul class="legend">
          <li>
            <span class="swatch" style={{ background: VALUE_COLOR }} aria-hidden="true" />
            {t('value')} ({currency})
          </li>
          <li>
            <span class="swatch dashed" style={{ borderColor: TIME_COLOR }} aria-hidden="true" />
            {t('hours')}
          </li>
        </ul>
        <div class="chart-box tall">
          <canvas ref={trendCanvas} role="img" aria-label={t('trendValueTime')} />
        </div>
        <ChartTable
          caption={t('trendValueTime')}
          rowHeader={t('weekOf')}
          columns={[t('value'), t('hours')]}
          rows={weeks.map((w, i) => ({
            key: w.key,
            label: labels[i] as string,
            values: [formatMoney(values[i] ?? 0, currency, lang), formatNumber(hours[i] ?? 0, lang)],
          }))}
        />
      </figure>
      <figure>
        <figcaption>{t('trendByCategory')}</figcaption>
        <div class="chart-box tall">
          <canvas ref={categoryCanvas} role="img" aria-label={t('trendByCategory')} />
        </div>
        <CategoryLegend categories={categories} />
        <ChartTable
          caption={t('trendByCategory')}
          rowHeader={t('weekOf')}
          columns={categories.map((c) => t(categoryLabelKey(c)))}
          rows={weeks.map((w, i) => ({
            key: w.key,
            label: labels[i] as string,
            values: categories.map((c) => formatNumber(categoryHours(w, c), lang)),
          }))}
        />
      </figure>
    </section>
  );
}
