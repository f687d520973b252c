import { CURRENCY_CODES, REGION_IDS, regionFromLocale } from '@/lib/regions';
import { LENS_IDS, type Settings } from '@/lib/settings';
import { EXCHANGE } from '@/lib/value/exchange';
import { useT } from '../i18n';
import { SelectField } from './fields';
import type { SectionProps } from './types';

/** Region, lens and currency: how work is turned into money. */
export function ValuationSection({ settings, onChange }: SectionProps) {
  const t = useT();
  const detected = regionFromLocale(navigator.language);
  return (
    <section aria-labelledby="valuation-title">
      <h2 id="valuation-title">{t('valuationSection')}</h2>
      <SelectField<Settings['region']>
        id="region"
        label={t('regionLabel')}
        value={settings.region}
        options={[
          { value: 'auto', label: t('regionAuto', t(`region_${detected}`)) },
          ...REGION_IDS.map((region) => ({ value: region, label: t(`region_${region}`) })),
        ]}
        onChange={(region) => onChange({ region })}
      />
      <fieldset>
        <legend>{t('lensLabel')}</legend>
        {LENS_IDS.map((lens) => (
          <div class="choice" key={lens}>
            <input
              type="radio"
              name="lens"
              id={`lens-${lens}`}
              value={lens}
              checked={settings.lens === lens}
              onChange={() => onChange({ lens })}
            />
            <label for={`lens-${lens}`}>
              <strong>{t(`lens_${lens}`)}</strong> — {t(`lensHint_${lens}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <SelectField<Settings['currency']>
        id="currency"
        label={t('currencyLabel')}
        value={settings.currency}
        options={[
          { value: 'auto', label: t('currencyAuto') },
          ...CURRENCY_CODES.map((code) => ({ value: code, label: code })),
        ]}
        onChange={(currency) => onChange({ currency })}
      />
      <p class="muted">
        {t('exchangeRule', EXCHANGE.source, String(EXCHANGE.perEuro.USD), String(EXCHANGE.perEuro.GBP))}
      </p>
    </section>
  );
}
