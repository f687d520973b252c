import type { ChartConfiguration } from 'chart.js';
import { CATEGORY_COLORS, type CategoryId, categoryLabelKey } from '@/lib/categories';
import type { Translator } from '@/lib/i18n';
import type { chartTheme } from './theme';

/** Bars stacked by category (the week by day, the weeks of the trend), in the categories' colours. */
export function stackedCategoryBars(
  labels: string[],
  series: readonly { category: CategoryId; data: number[] }[],
  theme: ReturnType<typeof chartTheme>,
  t: Translator,
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels,
      datasets: series.map(({ category, data }) => ({
        label: t(categoryLabelKey(category)),
        data,
        backgroundColor: CATEGORY_COLORS[category],
        // A thin gap between stacked segments keeps neighbours apart even where colours are hard to tell.
        borderColor: theme.background,
        borderWidth: { top: 1 },
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, ticks: { color: theme.text }, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, ticks: { color: theme.text }, grid: { color: theme.grid } },
      },
      plugins: { tooltip: { mode: 'index', intersect: false } },
    },
  };
}
