import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DIGEST_ALARM,
  nextDigestTime,
  nextWeekStart,
  syncAlarms,
  WEEK_START_ALARM,
  weeklyDigest,
} from '@/lib/background/alarms';
import { badgeText } from '@/lib/background/badge';
import { translator } from '@/lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import type { DailyRollup } from '@/lib/store/db';
import { openDb } from '@/lib/store/db';
import { recordEvents } from '@/lib/store/record';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { rollup, workEvent } from './support/events';
import { inTimeZone } from './support/time-zone';

const settings = (overrides: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, region: 'FR', ...overrides });
const ROWS: DailyRollup[] = [rollup({ day: '2026-11-23', count: 3, activeMs: 95 * 60_000 })];

describe('the badge', () => {
  it('shows this week’s value, time or count, as the settings say', () => {
    // 95 min at €12.02 an hour = €19.03
    expect(badgeText(settings({ badge: 'value' }), ROWS, 'fr-FR', 'en')).toBe('€19');
    expect(badgeText(settings({ badge: 'value', lens: 'crowdwork' }), ROWS, 'fr-FR', 'en')).toBe('€2.7');
    expect(badgeText(settings({ badge: 'time' }), ROWS, 'fr-FR', 'en')).toBe('1h35');
    expect(badgeText(settings({ badge: 'count' }), ROWS, 'fr-FR', 'en')).toBe('3');
    expect(badgeText(settings({ badge: 'none' }), ROWS, 'fr-FR', 'en')).toBe('');
  });

  it('stays empty before any work, and keeps short with long weeks', () => {
    expect(badgeText(settings({ badge: 'time' }), [], 'fr-FR', 'en')).toBe('');
    const long = [{ ...(ROWS[0] as DailyRollup), activeMs: 12 * 3_600_000 + 5 * 60_000 }];
    expect(badgeText(settings({ badge: 'time' }), long, 'fr-FR', 'en')).toBe('12h');
    expect(
      badgeText(settings({ badge: 'time' }), [{ ...(ROWS[0] as DailyRollup), activeMs: 45 * 60_000 }], 'fr', 'en'),
    ).toBe('45m');
  });
});

describe('the weekly alarms', () => {
  inTimeZone('Europe/Paris');
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('fall on Monday: 00:00 for the badge, 09:00 for the digest, in local time', () => {
    const sunday = new Date(2026, 10, 22, 18, 0).getTime();
    expect(nextWeekStart(sunday)).toBe(new Date(2026, 10, 23, 0, 0).getTime());
    expect(nextDigestTime(sunday)).toBe(new Date(2026, 10, 23, 9, 0).getTime());
    const mondayMorning = new Date(2026, 10, 23, 8, 59).getTime();
    expect(nextDigestTime(mondayMorning)).toBe(new Date(2026, 10, 23, 9, 0).getTime());
    const mondayNoon = new Date(2026, 10, 23, 12, 0).getTime();
    expect(nextDigestTime(mondayNoon)).toBe(new Date(2026, 10, 30, 9, 0).getTime());
    expect(nextWeekStart(new Date(2026, 10, 23, 0, 0).getTime())).toBe(new Date(2026, 10, 30, 0, 0).getTime());
  });

  it('set the digest only when it is on and notifications are allowed, and clear it when turned off', async () => {
    const contains = vi.fn(async () => true);
    fakeBrowser.permissions.contains = contains as never;
    const now = new Date(2026, 10, 22, 18, 0).getTime();
    await syncAlarms(settings(), now);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([WEEK_START_ALARM]);
    await syncAlarms(settings({ weeklyDigest: true }), now);
    expect(await fakeBrowser.alarms.get(DIGEST_ALARM)).toMatchObject({ scheduledTime: nextDigestTime(now) });
    contains.mockResolvedValue(false);
    await syncAlarms(settings({ weeklyDigest: true }), now);
    expect(await fakeBrowser.alarms.get(DIGEST_ALARM)).toBeUndefined();
  });

  it('sum up the past week in the UI language, and say nothing of an empty week', async () => {
    const db = openDb(`test-${Math.random()}`);
    const at = new Date(2026, 10, 18, 20, 0).getTime();
    await recordEvents(db, [
      workEvent({ id: 'digest-event-1', startedAt: at - 3_600_000, endedAt: at, activeMs: 30 * 60_000 }),
      workEvent({ id: 'digest-event-2', startedAt: at - 3_600_000, endedAt: at, activeMs: 30 * 60_000 }),
    ]);
    const monday = new Date(2026, 10, 23, 9, 0).getTime();
    expect(await weeklyDigest(db, settings(), translator('en', en), 'fr-FR', monday)).toEqual({
      title: 'Your week of Nov 16 – Nov 22: €12.02',
      message: '1 hr of unpaid work in 2 actions. Who profited most: Amazon.',
    });
    const french = await weeklyDigest(db, settings(), translator('fr', fr), 'fr-FR', monday);
    // French puts (narrow) no-break spaces before "€" and ":".
    expect(JSON.parse(JSON.stringify(french).replace(/[\u00a0\u202f]/g, ' '))).toEqual({
      title: 'Votre semaine du 16 nov. au 22 nov. : 12,02 €',
      message: '1 h de travail gratuit en 2 actions. Qui en a le plus profité : Amazon.',
    });
    expect(await weeklyDigest(db, settings(), translator('en', en), 'fr-FR', monday + 7 * 86_400_000)).toBeNull();
    await db.delete();
  });
});
