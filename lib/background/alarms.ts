import { addWeeks, nextMonday, setHours, startOfDay } from 'date-fns';
import { browser } from 'wxt/browser';
import { formatDay, formatDuration, formatMoney, formatNumber } from '../format';
import type { Translator } from '../i18n';
import type { Settings } from '../settings';
import type { ShadowWorkDb } from '../store/db';
import { rollupsBetween } from '../store/queries';
import { categoryTallies, summarize } from '../summary';
import { valuationFor } from '../value/rates';
import { valueOfCategories } from '../value/value';
import { dayStart, shiftWeek, weekDays, weekOf } from '../week';

/** Monday morning: the past week's summary, when the person asked for it. */
export const DIGEST_ALARM = 'weekly-digest';
/** Monday 00:00: the badge starts the new week from zero. */
export const WEEK_START_ALARM = 'week-start';
const DIGEST_HOUR = 9;

/** The next Monday at 00:00 local time after `now`. */
export function nextWeekStart(now: number): number {
  return startOfDay(nextMonday(now)).getTime();
}

/** The next Monday at 09:00 local time after `now`. */
export function nextDigestTime(now: number): number {
  const thisMonday = setHours(dayStart(weekOf(now)), DIGEST_HOUR).getTime();
  return thisMonday > now ? thisMonday : setHours(addWeeks(dayStart(weekOf(now)), 1), DIGEST_HOUR).getTime();
}

export function notificationsAllowed(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['notifications'] });
}

/**
 * Keeps the alarms in step with the settings. An alarm already set is left alone, so one
 * that came due while the browser was closed still fires when it starts again.
 */
export async function syncAlarms(settings: Settings, now = Date.now()): Promise<void> {
  if (!(await browser.alarms.get(WEEK_START_ALARM))) {
    await browser.alarms.create(WEEK_START_ALARM, { when: nextWeekStart(now) });
  }
  const wanted = settings.weeklyDigest && (await notificationsAllowed());
  const existing = await browser.alarms.get(DIGEST_ALARM);
  if (wanted && !existing) await browser.alarms.create(DIGEST_ALARM, { when: nextDigestTime(now) });
  if (!wanted && existing) await browser.alarms.clear(DIGEST_ALARM);
}

/** The notification summing up the week before `now`'s, or null when nothing was recorded in it. */
export async function weeklyDigest(
  db: ShadowWorkDb,
  settings: Settings,
  t: Translator,
  locale: string,
  now = Date.now(),
): Promise<{ title: string; message: string } | null> {
  const days = weekDays(shiftWeek(weekOf(now), -1));
  const summary = summarize(await rollupsBetween(db, days[0] as string, days[6] as string));
  if (summary.total.count === 0) return null;
  const valuation = valuationFor(settings, locale);
  const value = valueOfCategories(categoryTallies(summary), valuation.books[valuation.lens]);
  const lang = t.language;
  const first = formatDay(dayStart(days[0] as string), lang, { day: 'numeric', month: 'short' });
  const last = formatDay(dayStart(days[6] as string), lang, { day: 'numeric', month: 'short' });
  const top = summary.byBeneficiary[0]?.key ?? '';
  return {
    title: t('digestTitle', first, last, formatMoney(value, valuation.currency, lang)),
    message: t(
      'digestBody',
      formatDuration(summary.total.activeMs, lang),
      formatNumber(summary.total.count, lang),
      top,
    ),
  };
}
