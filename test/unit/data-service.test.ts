import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateBadge } from '@/lib/background/badge';
import type { WorkEvent } from '@/lib/event';
import { buildExport } from '@/lib/export';
import { outboxKey } from '@/lib/outbox';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { updateSettings } from '@/lib/settings-item';
import { importEvents } from '@/lib/store/changes';
import { openDb, type ShadowWorkDb } from '@/lib/store/db';
import { allEvents } from '@/lib/store/queries';
import { recordEvents } from '@/lib/store/record';
import { dayKey } from '@/lib/week';
import { draft, workEvent } from './support/events';
import { backgroundService } from './support/service';

const HOUR = 3_600_000;

describe('the background, asked by the options page', () => {
  let db: ShadowWorkDb;
  let service: ReturnType<typeof backgroundService>;
  const optionsPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
  const send = (message: unknown, sender: object = optionsPage) => service.handleMessage(message, sender);
  const badge = () => fakeBrowser.action.getBadgeText({});
  const originalTz = process.env.TZ;

  /** Events of this week, one an hour before now, on the given sites. */
  const recent = (sites: [string, string][]): WorkEvent[] =>
    sites.map(([site, beneficiary], i) =>
      workEvent({
        site,
        beneficiary,
        startedAt: Date.now() - (i + 1) * 60_000 - 30_000,
        endedAt: Date.now() - (i + 1) * 60_000,
        activeMs: 20_000,
      }),
    );

  beforeEach(async () => {
    // The badge counts the week's actions here, so that what a change does to it reads plainly.
    await updateSettings({ badge: 'count' });
    process.env.TZ = 'Europe/Paris';
    // A Wednesday at noon, so that "this week" on the badge is the same for every event whatever the real date.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T12:00:00+01:00'));
    db = openDb(`test-${Math.random()}`);
    service = backgroundService(db, () => updateBadge(db));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(async () => {
    process.env.TZ = originalTz;
    vi.useRealTimers();
    vi.restoreAllMocks();
    await db.delete();
  });

  describe('import', () => {
    const file = (events: unknown[], extra: object = {}) =>
      JSON.stringify({ ...buildExport([], DEFAULT_SETTINGS), events, ...extra });

    it('stores the file’s events with their rollups and updates the badge', async () => {
      const events = recent([
        ['amazon.fr', 'Amazon'],
        ['amazon.fr', 'Amazon'],
        ['yelp.com', 'Yelp'],
      ]);
      expect(await send({ type: 'import', json: file(events) })).toEqual({ ok: true, added: 3, present: 0 });
      expect(await db.events.count()).toBe(3);
      expect((await db.daily.toArray()).map((r) => [r.site, r.count]).sort()).toEqual([
        ['amazon.fr', 2],
        ['yelp.com', 1],
      ]);
      expect(await badge()).toBe('3');
    });

    it('merges by id: the same file twice changes nothing, and events already here are kept as they are', async () => {
      const [mine, other] = recent([
        ['amazon.fr', 'Amazon'],
        ['yelp.com', 'Yelp'],
      ]) as [WorkEvent, WorkEvent];
      await recordEvents(db, [mine]);
      const edited = { ...mine, activeMs: 1000 };
      expect(await send({ type: 'import', json: file([edited, other]) })).toEqual({ ok: true, added: 1, present: 1 });
      const before = { events: await db.events.toArray(), daily: await db.daily.toArray() };
      expect(await send({ type: 'import', json: file([edited, other]) })).toEqual({ ok: true, added: 0, present: 2 });
      expect({ events: await db.events.toArray(), daily: await db.daily.toArray() }).toEqual(before);
      expect((await db.events.get(mine.id))?.activeMs).toBe(20_000);
    });

    it.each([
      ['text that is not JSON', '{"format": "shadow-work", ', { code: 'not-json' }],
      ['JSON of something else', JSON.stringify({ name: 'my-package', version: '1.0.0' }), { code: 'wrong-format' }],
      ['a file of a newer version', file([], { version: 2 }), { code: 'newer-version', version: 2 }],
      [
        'a file with a bad field at event 2',
        file([workEvent(), { ...workEvent(), site: 'https://www.amazon.fr/dp/B01' }]),
        { code: 'bad-event', position: 2, detail: expect.stringMatching(/^site: /) },
      ],
    ])('refuses %s, says what is wrong, and changes nothing', async (_what, json, problem) => {
      const stored = workEvent();
      await recordEvents(db, [stored]);
      const before = { events: await db.events.toArray(), daily: await db.daily.toArray() };
      const reply = await send({ type: 'import', json });
      expect(reply).toMatchObject({ ok: false, problem });
      expect({ events: await db.events.toArray(), daily: await db.daily.toArray() }).toEqual(before);
    });

    it('applies a file all or nothing: a failure while writing leaves the record as it was', async () => {
      const stored = workEvent();
      await recordEvents(db, [stored]);
      const before = { events: await db.events.toArray(), daily: await db.daily.toArray() };
      vi.spyOn(db.daily, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
      await expect(importEvents(db, recent([['yelp.com', 'Yelp']]))).rejects.toThrow('disk full');
      expect({ events: await db.events.toArray(), daily: await db.daily.toArray() }).toEqual(before);
    });

    it('is refused from a content script, even a valid file', async () => {
      const page = {
        id: fakeBrowser.runtime.id,
        url: 'https://www.amazon.fr/',
        tab: { id: 3, url: 'https://www.amazon.fr/' },
      };
      const reply = await send({ type: 'import', json: file(recent([['amazon.fr', 'Amazon']])) }, page);
      expect(reply).toEqual({ ok: false, error: 'not sent from an extension page' });
      expect(await db.events.count()).toBe(0);
    });
  });

  describe('delete', () => {
    let events: WorkEvent[];
    beforeEach(async () => {
      events = recent([
        ['amazon.fr', 'Amazon'],
        ['amazon.co.uk', 'Amazon'],
        ['yelp.com', 'Yelp'],
        ['lidl.offline', 'Lidl'],
      ]);
      const lastWeek = workEvent({
        site: 'yelp.com',
        beneficiary: 'Yelp',
        startedAt: Date.now() - 8 * 24 * HOUR,
        endedAt: Date.now() - 8 * 24 * HOUR + 60_000,
        activeMs: 50_000,
      });
      events.push(lastWeek);
      await recordEvents(db, events);
      await updateBadge(db);
      expect(await badge()).toBe('4');
    });

    /** The rollups must be what recording the remaining events from scratch gives. */
    async function expectRollupsOf(remaining: WorkEvent[]) {
      const fresh = openDb(`expected-${Math.random()}`);
      await recordEvents(fresh, remaining);
      const order = (rows: { day: string; category: string; site: string }[]) =>
        rows.map((r) => ({ ...r })).sort((a, b) => `${a.day}${a.site}`.localeCompare(`${b.day}${b.site}`));
      expect(order(await db.daily.toArray())).toEqual(order(await fresh.daily.toArray()));
      await fresh.delete();
    }

    it('deletes one site from the events, the rollups and the badge', async () => {
      expect(await send({ type: 'delete', selection: { scope: 'site', site: 'amazon.fr' } })).toEqual({
        ok: true,
        deleted: 1,
      });
      expect((await allEvents(db)).map((e) => e.site)).not.toContain('amazon.fr');
      await expectRollupsOf(events.filter((e) => e.site !== 'amazon.fr'));
      expect(await badge()).toBe('3');
    });

    it('deletes one company, on all its sites', async () => {
      expect(await send({ type: 'delete', selection: { scope: 'company', beneficiary: 'Amazon' } })).toEqual({
        ok: true,
        deleted: 2,
      });
      await expectRollupsOf(events.filter((e) => e.beneficiary !== 'Amazon'));
      expect(await badge()).toBe('2');
    });

    it('deletes a range of days, inclusive', async () => {
      const today = dayKey(Date.now());
      const eightDaysAgo = dayKey(Date.now() - 8 * 24 * HOUR);
      expect(
        await send({ type: 'delete', selection: { scope: 'range', from: eightDaysAgo, to: eightDaysAgo } }),
      ).toEqual({ ok: true, deleted: 1 });
      await expectRollupsOf(events.slice(0, 4));
      expect(await badge()).toBe('4');
      expect(await send({ type: 'delete', selection: { scope: 'range', from: '2020-01-01', to: today } })).toEqual({
        ok: true,
        deleted: 4,
      });
      expect(await db.daily.count()).toBe(0);
      expect(await badge()).toBe('');
    });

    it('deletes a single event', async () => {
      const yelp = events[2] as WorkEvent;
      expect(await send({ type: 'delete', selection: { scope: 'event', id: yelp.id } })).toEqual({
        ok: true,
        deleted: 1,
      });
      await expectRollupsOf(events.filter((e) => e.id !== yelp.id));
      expect(await badge()).toBe('3');
    });

    it('deletes everything: events, rollups, work waiting in the outbox, tasks in progress, and the badge', async () => {
      const waiting = draft();
      await fakeBrowser.storage.local.set({
        [outboxKey(waiting.id)]: { event: waiting, privateWindow: false },
        settings: DEFAULT_SETTINGS,
      });
      await fakeBrowser.storage.session.set({ 'flow:4:checkout:sncf-connect.com': { progress: {}, updatedAt: 1 } });
      expect(await send({ type: 'delete', selection: { scope: 'all' } })).toEqual({ ok: true, deleted: 5 });
      expect(await db.events.count()).toBe(0);
      expect(await db.daily.count()).toBe(0);
      expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: DEFAULT_SETTINGS });
      expect(await fakeBrowser.storage.session.get(null)).toEqual({});
      expect(await badge()).toBe('');
    });

    it.each([
      ['a range that ends before it starts', { scope: 'range', from: '2026-11-20', to: '2026-11-01' }],
      ['a site that is a URL', { scope: 'site', site: 'https://amazon.fr/' }],
      ['an unknown scope', { scope: 'everything' }],
    ])('refuses %s and deletes nothing', async (_what, selection) => {
      expect(await send({ type: 'delete', selection })).toMatchObject({ ok: false });
      expect(await db.events.count()).toBe(5);
    });

    it('is refused from a content script', async () => {
      const page = { id: fakeBrowser.runtime.id, url: 'https://evil.test/', tab: { id: 3, url: 'https://evil.test/' } };
      expect(await send({ type: 'delete', selection: { scope: 'all' } }, page)).toMatchObject({ ok: false });
      expect(await db.events.count()).toBe(5);
    });
  });

  describe('manual entries', () => {
    const entry = { category: 'selfservice', day: '2026-11-20', activeMs: 25 * 60_000, company: '  Lidl ' } as const;

    it('are added with detector "manual", an offline site and the company given, and counted in the rollups', async () => {
      const reply = await send({ type: 'manual-add', entry });
      expect(reply).toMatchObject({ ok: true, id: expect.stringMatching(/^[0-9a-f]{32}$/) });
      const id = (reply as { id: string }).id;
      const stored = await db.events.get(id);
      expect(stored).toMatchObject({
        detector: 'manual',
        kind: 'manual.entered',
        category: 'selfservice',
        site: 'lidl.offline',
        beneficiary: 'Lidl',
        activeMs: 25 * 60_000,
        day: '2026-11-20',
        units: {},
      });
      expect(await db.daily.toArray()).toEqual([
        {
          day: '2026-11-20',
          category: 'selfservice',
          site: 'lidl.offline',
          beneficiary: 'Lidl',
          count: 1,
          activeMs: 25 * 60_000,
          units: {},
        },
      ]);
    });

    it('are edited: another day, category, duration and company move their rollups along', async () => {
      const { id } = (await send({ type: 'manual-add', entry })) as { id: string };
      const edit = { category: 'feedback', day: '2026-11-21', activeMs: 5 * 60_000 };
      expect(await send({ type: 'manual-edit', id, entry: edit })).toEqual({ ok: true });
      expect(await db.events.get(id)).toMatchObject({
        category: 'feedback',
        site: 'offline',
        beneficiary: 'offline',
        day: '2026-11-21',
        activeMs: 5 * 60_000,
      });
      expect(await db.daily.toArray()).toEqual([expect.objectContaining({ day: '2026-11-21', count: 1 })]);
    });

    it('are deleted like any event', async () => {
      const { id } = (await send({ type: 'manual-add', entry })) as { id: string };
      expect(await send({ type: 'delete', selection: { scope: 'event', id } })).toEqual({ ok: true, deleted: 1 });
      expect(await db.events.count()).toBe(0);
      expect(await db.daily.count()).toBe(0);
    });

    it('cannot rewrite an event a detector recorded, nor an event that does not exist', async () => {
      const detected = workEvent();
      await recordEvents(db, [detected]);
      expect(await send({ type: 'manual-edit', id: detected.id, entry })).toEqual({
        ok: false,
        error: 'only manual entries can be edited',
      });
      expect(await db.events.get(detected.id)).toMatchObject({ detector: 'review-form' });
      expect(await send({ type: 'manual-edit', id: 'no-such-event', entry })).toEqual({
        ok: false,
        error: 'no such event',
      });
    });

    it.each([
      ['a day to come', { ...entry, day: '2099-01-01' }],
      ['a duration under a minute', { ...entry, activeMs: 30_000 }],
      ['a duration over 24 hours', { ...entry, activeMs: 25 * HOUR }],
      ['a date that is not one', { ...entry, day: '20/11/2026' }],
      ['an unknown category', { ...entry, category: 'chores' }],
      ['a field that is not part of an entry', { ...entry, note: 'bought milk' }],
    ])('refuse %s', async (_what, bad) => {
      expect(await send({ type: 'manual-add', entry: bad })).toMatchObject({ ok: false });
      expect(await db.events.count()).toBe(0);
    });
  });
});
