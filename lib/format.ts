import type { Language } from './i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function unit(language: Language, unitName: 'hour' | 'minute' | 'second', value: number): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: unitName, unitDisplay: 'short' }).format(value);
}

/** "1 hr 23 min", "4 min", "35 sec": rounded to what a person reads at a glance. */
export function formatDuration(ms: number, language: Language): string {
  if (ms < MINUTE) return unit(language, 'second', Math.round(ms / 1000));
  const totalMinutes = Math.round(ms / MINUTE);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return unit(language, 'minute', minutes);
  return minutes === 0
    ? unit(language, 'hour', hours)
    : `${unit(language, 'hour', hours)} ${unit(language, 'minute', minutes)}`;
}

export function formatMoney(amount: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

export function formatDay(date: Date, language: Language, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(language, options).format(date);
}

export const MS_PER_HOUR = HOUR;

/** A rate's amount: cents as usual, and up to four decimals for unit prices below one (a CAPTCHA solve, $0.002). */
export function formatRateAmount(amount: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: amount > 0 && amount < 1 ? 4 : 2,
  }).format(amount);
}

/** A change against another figure: "+€3.10", "−€0.40", "€0.00". */
export function formatMoneyChange(amount: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency, signDisplay: 'exceptZero' }).format(amount);
}

/** A change of time: "+12 min", "−1 hr 5 min". */
export function formatDurationChange(ms: number, language: Language): string {
  if (Math.round(ms / 1000) === 0) return formatDuration(0, language);
  return `${ms > 0 ? '+' : '−'}${formatDuration(Math.abs(ms), language)}`;
}

/** Hours as a decimal number for showing a computation: "0.35". */
export function formatHours(ms: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(ms / HOUR);
}
