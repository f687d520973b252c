import type { CategoryId } from '../../lib/categories.ts';
import type { Units } from '../../lib/event-limits.ts';
import type { DailyRollup, StoredEvent } from '../../lib/store/db.ts';
import { accumulate, rollupKey } from '../../lib/store/rollup.ts';
import { dayKey } from '../../lib/week.ts';
import type { ChromiumSession } from '../harness/chromium.ts';

/** A plausible mix of a heavy user's week: what, where, for whom, and how long. */
const MIX: {
  category: CategoryId;
  kind: string;
  detector: string;
  sites: [string, string][];
  activeMs: number;
  units: Units;
}[] = [
  {
    category: 'review',
    kind: 'review.posted',
    detector: 'review-form',
    sites: [
      ['amazon.fr', 'Amazon'],
      ['yelp.com', 'Yelp'],
      ['tripadvisor.fr', 'Tripadvisor'],
    ],
    activeMs: 95_000,
    units: { chars: 240, stars: 4 },
  },
  {
    category: 'selfservice',
    kind: 'checkout.completed',
    detector: 'review-form',
    sites: [
      ['sncf-connect.com', 'SNCF Voyageurs'],
      ['amazon.fr', 'Amazon'],
    ],
    activeMs: 180_000,
    units: { fields: 11, steps: 5 },
  },
  {
    category: 'captcha',
    kind: 'captcha.solved',
    detector: 'review-form',
    sites: [
      ['leboncoin.fr', 'Google'],
      ['ticketmaster.fr', 'Google'],
    ],
    activeMs: 10_300,
    units: { rounds: 2, images: 6 },
  },
  {
    category: 'support',
    kind: 'support.answered',
    detector: 'review-form',
    sites: [
      ['stackoverflow.com', 'Stack Overflow (Prosus)'],
      ['community.sfr.fr', 'sfr.fr'],
    ],
    activeMs: 240_000,
    units: { chars: 700 },
  },
  {
    category: 'feedback',
    kind: 'feedback.answered',
    detector: 'review-form',
    sites: [
      ['qualtrics.com', 'Qualtrics'],
      ['support.apple.com', 'Apple'],
    ],
    activeMs: 40_000,
    units: { answers: 6 },
  },
  {
    category: 'content',
    kind: 'content.posted',
    detector: 'review-form',
    sites: [
      ['reddit.com', 'Reddit'],
      ['x.com', 'X Corp.'],
    ],
    activeMs: 120_000,
    units: { chars: 280 },
  },
];

/**
 * Writes `days` days of history ending today, `perDay` events a day, straight into the
 * extension's database (the benchmark measures reading, not the intake), with the rollups
 * computed by the store's own `accumulate`.
 */
export async function seedHistory(session: ChromiumSession, days: number, perDay: number): Promise<number> {
  const events: StoredEvent[] = [];
  const rollups = new Map<string, DailyRollup>();
  const now = Date.now();
  for (let d = 0; d < days; d++) {
    for (let i = 0; i < perDay; i++) {
      const kind = MIX[(d + i) % MIX.length] as (typeof MIX)[number];
      const [site, beneficiary] = kind.sites[i % kind.sites.length] as [string, string];
      const endedAt = now - d * 86_400_000 - i * 60_000;
      const event = {
        id: `seed-${d}-${i}`,
        kind: kind.kind,
        category: kind.category,
        detector: kind.detector,
        site,
        beneficiary,
        startedAt: endedAt - kind.activeMs - 30_000,
        endedAt,
        activeMs: kind.activeMs,
        units: kind.units,
      };
      const day = dayKey(endedAt);
      events.push({ ...event, day });
      const key = rollupKey(day, event).join('|');
      rollups.set(key, accumulate(rollups.get(key), day, event));
    }
  }
  // Let the extension create its database, then fill it in chunks.
  const page = await session.openExtensionPage('popup.html');
  await page.waitForSelector('main');
  const put = (store: string, rows: unknown[]) =>
    page.evaluate(
      ({ store, rows }) =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('shadow-work');
          request.onsuccess = () => {
            const tx = request.result.transaction(store, 'readwrite');
            for (const row of rows) tx.objectStore(store).put(row);
            tx.oncomplete = () => {
              request.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
          request.onerror = () => fail(request.error);
        }),
      { store, rows },
    );
  for (let i = 0; i < events.length; i += 5000) await put('events', events.slice(i, i + 5000));
  await put('daily', [...rollups.values()]);
  await page.close();
  return events.length;
}
