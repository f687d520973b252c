import { categoryLabelKey } from '@/lib/categories';
import type { UnitName } from '@/lib/event';
import { formatDuration, formatHours, formatMoney, formatNumber, formatRateAmount } from '@/lib/format';
import type { Translator } from '@/lib/i18n';
import type { Tally } from '@/lib/summary';
import { EXCHANGE } from '@/lib/value/exchange';
import type { AppliedRate } from '@/lib/value/rates';
import { valueOfTally } from '@/lib/value/value';
import { useT } from './i18n';

/** "€12.02 an hour", "$0.002 per action"; short, "€12.02/h", where space is scarce. */
export function rateLabel(
  rate: Pick<AppliedRate, 'amount' | 'currency' | 'per'>,
  t: Translator,
  { short = false } = {},
): string {
  const amount = formatRateAmount(rate.amount, rate.currency, t.language);
  if (rate.per === 'hour') return t(short ? 'ratePerHourShort' : 'ratePerHour', amount);
  return t(short ? 'ratePerActionShort' : 'ratePerAction', amount);
}

/** The computation itself: "0.35 h × €12.02 = €4.21", or "12 × $0.002 = $0.02". */
export function formula(tally: Tally, rate: AppliedRate, t: Translator): string {
  const lang = t.language;
  const amount = formatRateAmount(rate.amount, rate.currency, lang);
  const result = formatMoney(valueOfTally(tally, rate), rate.currency, lang);
  return rate.per === 'hour'
    ? t('formulaHour', formatHours(tally.activeMs, lang), amount, result)
    : t('formulaAction', formatNumber(tally.count, lang), amount, result);
}

/** Why this default: the job whose wage it is, or why a wage stands in for a missing figure. */
function basisText(rate: AppliedRate, t: Translator): string {
  switch (rate.basis) {
    case 'job':
      return t('basis_job', t(`job_${rate.job ?? 'writers'}`));
    case 'minimum':
      return t('basis_minimum', t(`region_${rate.region}`));
    default:
      return t(`basis_${rate.basis}`);
  }
}

/** "How is this computed?" for one payslip line: the facts, the rate, its source and year, and the sum. */
export function RateExplanation({ tally, rate }: { tally: Tally; rate: AppliedRate }) {
  const t = useT();
  const lang = t.language;
  const { figure } = rate;
  const units = Object.entries(tally.units) as [UnitName, number][];
  const shipped = rateLabel(figure, t);
  return (
    <div class="explanation">
      <p>
        <strong>{t('howFacts')}</strong>{' '}
        {t(
          'factsLine',
          formatNumber(tally.count, lang),
          t(categoryLabelKey(rate.category)),
          formatDuration(tally.activeMs, lang),
        )}
        {units.length > 0 &&
          ` (${units.map(([name, n]) => `${t(`unit_${name}`)} ${formatNumber(n, lang)}`).join(', ')})`}
      </p>
      <p>
        <strong>{t('howRate')}</strong> {rateLabel(rate, t)}
        {rate.custom ? ` — ${t('customRate', shipped)}` : ` — ${basisText(rate, t)}`}
      </p>
      <p>
        <strong>{t('howSource')}</strong> {figure.source} ({figure.year}, {t(`status_${figure.status}`)})
      </p>
      {rate.convertedFrom && (
        <p>
          {t(
            'convertedFrom',
            formatRateAmount(rate.convertedFrom.amount, rate.convertedFrom.currency, lang),
            EXCHANGE.source,
            rate.convertedFrom.currency,
            formatNumber(EXCHANGE.perEuro[rate.currency] / EXCHANGE.perEuro[rate.convertedFrom.currency], lang),
            rate.currency,
          )}
        </p>
      )}
      <p>
        <strong>{t('howSum')}</strong> {formula(tally, rate, t)}
      </p>
    </div>
  );
}
