import { useRef } from 'preact/hooks';
import { CATEGORY_IDS, categoryLabelKey } from '@/lib/categories';
import { formatDay, formatNumber } from '@/lib/format';
import type { WeekSummary } from '@/lib/summary';
import { dayStart } from '@/lib/week';
import { CategoryLegend } from './CategoryLegend';
import { ChartTable } from './ChartTable';
import { stackedCategoryBars } from './charts/stacked';
import { useChart } from './charts/use-chart';
import { useT } from './i18n';

/** Chart.js loads apart from the page, so the figures show before it arrives; pages may start it early. */
export const loadBarChart = () => import('./charts/bar');

const toMinutes = (ms: number) => Math.round(ms / 6000) / 10;

export interface WeekChartProps {
  summary: WeekSummary;
  /** Called once the chart has been drawn, for the performance benchmark. */
  onDrawn?: () => void;
}

/** The week by day, stacked by category, with the same figures as a table. */
export function WeekChart({ summary, onDrawn }: WeekChartProps) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const dayLabels = summary.days.map((d) => formatDay(dayStart(d), t.language, { weekday: 'short' }));
  const categories = CATEGORY_IDS.filter((c) => summary.byCategory.some((line) => line.category === c));
  const minutes = (day: string, category: (typeof categories)[number]) =>
    toMinutes(summary.byDay[day]?.[category]?.activeMs ?? 0);

  useChart(
    canvas,
    loadBarChart,
    (theme) =>
      stackedCategoryBars(
        dayLabels,
        categories.map((category) => ({ category, data: summary.days.map((d) => minutes(d, category)) })),
        theme,
        t,
      ),
    [summary, t],
    onDrawn,
  );

  return (
    <figure class="week-chart">
      <figcaption>{t('chartTitle')}</figcaption>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={t('chartTitle')} />
      </div>
      <CategoryLegend categories={categories} />
      <ChartTable
        caption={t('chartTableCaption')}
        rowHeader={t('day')}
        columns={categories.map((c) => t(categoryLabelKey(c)))}
        rows={summary.days.map((d, i) => ({
          key: d,
          label: dayLabels[i] as string,
          values: categories.map((c) => formatNumber(minutes(d, c), t.language)),
        }))}
      />
    </figure>
  );
}
