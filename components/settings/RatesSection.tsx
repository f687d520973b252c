import { useMemo, useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId, categoryLabelKey } from '@/lib/categories';
import { LENS_IDS, type LensId, type RateOverride } from '@/lib/settings';
import { overrideKey, valuationFor } from '@/lib/value/rates';
import { useT } from '../i18n';
import { rateLabel } from '../RateExplanation';
import { SelectField } from './fields';
import type { SectionProps } from './types';

/** Rates shown with up to four decimals: enough for a unit price of $0.002. */
const asInputValue = (amount: number) => String(Math.round(amount * 10_000) / 10_000);

/** Every category's rate under a lens for the region in force: its source, and the person's own rate if any. */
export function RatesSection({ settings, onChange }: SectionProps) {
  const t = useT();
  const valuation = useMemo(() => valuationFor(settings, navigator.language), [settings]);
  const [lens, setLens] = useState<LensId>(settings.lens);
  const book = valuation.books[lens];

  const keyOf = (category: CategoryId) => overrideKey(lens, valuation.region, category);
  const save = (category: CategoryId, rate: Omit<RateOverride, 'currency'>) =>
    onChange({
      rateOverrides: { ...settings.rateOverrides, [keyOf(category)]: { ...rate, currency: valuation.currency } },
    });
  const reset = (category: CategoryId) => {
    const { [keyOf(category)]: _removed, ...rest } = settings.rateOverrides;
    onChange({ rateOverrides: rest });
  };

  return (
    <section aria-labelledby="rates-title">
      <h2 id="rates-title">{t('ratesSection')}</h2>
      <p>{t('ratesIntro', t(`region_${valuation.region}`), valuation.currency)}</p>
      <SelectField<LensId>
        id="rates-lens"
        label={t('ratesOfLens')}
        value={lens}
        options={LENS_IDS.map((id) => ({ value: id, label: t(`lens_${id}`) }))}
        onChange={setLens}
      />
      <table class="rates">
        <thead>
          <tr>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('rate')}</th>
            <th scope="col">{t('sourceColumn')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('resetRate')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {CATEGORY_IDS.map((category) => {
            const rate = book[category];
            const label = t(categoryLabelKey(category));
            return (
              <tr key={category} data-category={category}>
                <th scope="row">{label}</th>
                <td class="rate-input">
                  <input
                    type="number"
                    min="0"
                    step="any"
                    inputMode="decimal"
                    value={asInputValue(rate.amount)}
                    aria-label={t('rateFor', label, valuation.currency)}
                    data-testid={`rate-input-${category}`}
                    onChange={(e) => {
                      const amount = e.currentTarget.valueAsNumber;
                      if (Number.isFinite(amount) && amount >= 0) save(category, { amount, per: rate.per });
                    }}
                  />{' '}
                  <select
                    value={rate.per}
                    aria-label={t('rateUnitFor', label)}
                    onChange={(e) =>
                      save(category, { amount: rate.amount, per: e.currentTarget.value as RateOverride['per'] })
                    }
                  >
                    <option value="hour">{t('perHour')}</option>
                    <option value="action">{t('perAction')}</option>
                  </select>
                </td>
                <td class="source">
                  {rate.custom ? (
                    <strong>{t('customRate', rateLabel(rate.figure, t))}</strong>
                  ) : (
                    <>
                      {rate.figure.source} ({rate.figure.year}, {t(`status_${rate.figure.status}`)})
                    </>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    disabled={!rate.custom}
                    aria-label={t('resetRateFor', label)}
                    onClick={() => reset(category)}
                  >
                    {t('resetRate')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
