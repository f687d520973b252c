import { CATEGORY_COLORS, type CategoryId, categoryLabelKey } from '@/lib/categories';
import { useT } from './i18n';

/** Which colour is which category, next to a chart (the chart itself is hidden from screen readers' detail). */
export function CategoryLegend({ categories }: { categories: readonly CategoryId[] }) {
  const t = useT();
  return (
    <ul class="legend">
      {categories.map((category) => (
        <li key={category}>
          <span class="swatch" style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" />
          {t(categoryLabelKey(category))}
        </li>
      ))}
    </ul>
  );
}
