import { CATEGORY_COLORS, CATEGORY_IDS, categoryLabelKey } from '@/lib/categories';
import type { Detector } from '@/lib/detectors/types';
import { useT } from '../i18n';
import { Checkbox } from './fields';
import type { SectionProps } from './types';

export interface CategoriesSectionProps extends SectionProps {
  /** The detector registry (lib/detectors/index.ts): the list below is derived from it, never copied. */
  detectors: readonly Pick<Detector, 'id' | 'category' | 'sites'>[];
}

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? list.filter((x) => x !== item) : [...list.filter((x) => x !== item), item];

/** Which kinds of work are recorded, and by which detectors. */
export function CategoriesSection({ settings, onChange, detectors }: CategoriesSectionProps) {
  const t = useT();
  return (
    <section aria-labelledby="categories-title">
      <h2 id="categories-title">{t('categoriesSection')}</h2>
      <p>{t('categoriesIntro')}</p>
      <ul class="categories">
        {CATEGORY_IDS.map((category) => {
          const categoryOn = !settings.disabledCategories.includes(category);
          const own = detectors.filter((d) => d.category === category);
          return (
            <li key={category} data-category={category}>
              <Checkbox
                id={`category-${category}`}
                label={
                  <>
                    <span class="swatch" style={{ background: CATEGORY_COLORS[category] }} aria-hidden="true" />
                    <strong>{t(categoryLabelKey(category))}</strong>
                  </>
                }
                checked={categoryOn}
                onChange={(on) => onChange({ disabledCategories: toggled(settings.disabledCategories, category, on) })}
              />
              {own.length === 0 ? (
                <p class="muted detectors">{t('noDetectorYet')}</p>
              ) : (
                <ul class="detectors">
                  {own.map((detector) => (
                    <li key={detector.id}>
                      <Checkbox
                        id={`detector-${detector.id}`}
                        label={
                          <>
                            <code>{detector.id}</code>{' '}
                            <span class="muted">
                              {detector.sites ? t('detectorSites', detector.sites.length) : t('detectorAnySite')}
                            </span>
                          </>
                        }
                        disabled={!categoryOn}
                        checked={categoryOn && !settings.disabledDetectors.includes(detector.id)}
                        onChange={(on) =>
                          onChange({ disabledDetectors: toggled(settings.disabledDetectors, detector.id, on) })
                        }
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
