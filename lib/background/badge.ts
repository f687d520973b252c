import { browser } from 'wxt/browser';
import { resolveLanguage } from '../i18n';
import type { Settings } from '../settings';
import { loadSettings } from '../settings-item';
import type { ShadowWorkDb } from '../store/db';
import { rollupsBetween } from '../store/queries';
import { categoryTallies, summarize } from '../summary';
import { valuationFor } from '../value/rates';
import { valueOfCategories } from '../value/value';
import { weekDays, weekOf } from '../week';

const MINUTE = 60_000;

/** Fits the badge's four characters: "45m", "3h12", "12h". */
function shortDuration(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  return hours >= 10 ? `${hours}h` : `${hours}h${String(minutes % 60).padStart(2, '0')}`;
}

/** Fits the badge: "€3.5", "€38", "€1.2K" (in the UI language's way of writing money). */
function shortMoney(amount: number, currency: string, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: amount < 10 ? 1 : 0,
  }).format(amount);
}

/** This week's figure the person chose to see on the toolbar button; empty before any work. */
export function badgeText(
  settings: Settings,
  rows: Parameters<typeof summarize>[0],
  locale: string,
  language: string,
): string {
  const summary = summarize(rows);
  if (settings.badge === 'none' || summary.total.count === 0) return '';
  if (settings.badge === 'count') return String(summary.total.count);
  if (settings.badge === 'time') return shortDuration(summary.total.activeMs);
  const valuation = valuationFor(settings, locale);
  const value = valueOfCategories(categoryTallies(summary), valuation.books[valuation.lens]);
  return shortMoney(value, valuation.currency, language);
}

/** Shows this week's value, time or number of actions on the toolbar button, as the settings say. */
export async function updateBadge(db: ShadowWorkDb, now = Date.now()): Promise<void> {
  const days = weekDays(weekOf(now));
  const [settings, rows] = await Promise.all([
    loadSettings(),
    rollupsBetween(db, days[0] as string, days[6] as string),
  ]);
  const text = badgeText(settings, rows, navigator.language, resolveLanguage(settings.language));
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ color: '#1b2333' });
  await action.setBadgeText({ text });
}
