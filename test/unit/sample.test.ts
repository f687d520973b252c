import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WorkEventSchema } from '@/lib/event';
import { SAMPLE_DETECTOR, SAMPLE_TASKS, sampleData } from '@/lib/sample';
import { beneficiaryOf } from '@/lib/site';
import { openDb, type ShadowWorkDb } from '@/lib/store/db';
import { rollupsBetween } from '@/lib/store/queries';
import { recordEvents } from '@/lib/store/record';
import { summarizeWeek } from '@/lib/summary';
import { draft, workEvent } from './support/events';
import { backgroundService } from './support/service';
import { inTimeZone } from './support/time-zone';

// Monday 23 November 2026, 10:00 in Paris.
const NOW = Date.UTC(2026, 10, 23, 9, 0);

describe('sample data', () => {
  inTimeZone('Europe/Paris');

  it('is valid stored facts, all marked as sample, none in the future', () => {
    const { events } = sampleData(NOW);
    expect(events.length).toBeGreaterThan(50);
    for (const event of events) {
      expect(v.safeParse(WorkEventSchema, event).issues).toBeUndefined();
      expect(event.detector).toBe(SAMPLE_DETECTOR);
      expect(event.endedAt).toBeLessThanOrEqual(NOW);
    }
  });

  it('names each company as the beneficiary table does', () => {
    for (const task of SAMPLE_TASKS) {
      // A CAPTCHA's company is its provider's, which the detector passes as `via`.
      if (task.category !== 'captcha') expect(beneficiaryOf(task.site)).toBe(task.beneficiary);
    }
  });

  it('fills last week, every category, for the popup to show; and is the same when made twice', () => {
    const { events, week } = sampleData(NOW);
    expect(week).toBe('2026-11-16');
    const days = new Set(events.map((e) => new Date(e.endedAt).toISOString().slice(0, 10)));
    for (const day of ['2026-11-09', '2026-11-16', '2026-11-22', '2026-11-23']) expect(days).toContain(day);
    const lastWeek = events.filter(
      (e) => e.endedAt >= Date.UTC(2026, 10, 15, 23) && e.endedAt < Date.UTC(2026, 10, 22, 23),
    );
    expect(new Set(lastWeek.map((e) => e.category)).size).toBe(8);
    expect(sampleData(NOW)).toEqual(sampleData(NOW));
  });
});

describe('sample data through the background', () => {
  let db: ShadowWorkDb;
  let service: ReturnType<typeof backgroundService>;
  const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };

  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
    service = backgroundService(db);
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await db.delete();
  });

  it('is added by an extension page, once however many clicks', async () => {
    const first = await service.handleMessage({ type: 'sample-add' }, page);
    expect(first).toMatchObject({ ok: true, week: sampleData(NOW).week });
    const added = (first as { added: number }).added;
    expect(added).toBe(sampleData(NOW).events.length);
    expect(await service.handleMessage({ type: 'sample-add' }, page)).toMatchObject({ ok: true, added: 0 });
    expect(await db.events.count()).toBe(added);
  });

  it('is refused to content scripts, which share the extension id but run in web pages', async () => {
    const contentScript = { id: fakeBrowser.runtime.id, url: 'https://www.amazon.fr/', tab: { id: 3 } };
    expect(await service.handleMessage({ type: 'sample-add' }, contentScript)).toMatchObject({ ok: false });
    expect(await service.handleMessage({ type: 'sample-remove' }, contentScript)).toMatchObject({ ok: false });
    expect(await db.events.count()).toBe(0);
  });

  it('is removed exactly, with the rollups of its days rebuilt from the real events left', async () => {
    const real = [
      workEvent({ id: 'real-event-1', startedAt: NOW - 3_600_000, endedAt: NOW - 3_000_000, activeMs: 120_000 }),
      workEvent({
        id: 'real-event-2',
        site: 'leboncoin.fr',
        beneficiary: 'Google',
        category: 'captcha',
        kind: 'captcha.solved',
        startedAt: Date.UTC(2026, 10, 18, 7, 0),
        endedAt: Date.UTC(2026, 10, 18, 7, 1),
        activeMs: 20_000,
      }),
    ];
    await recordEvents(db, real);
    const before = summarizeWeek('2026-11-16', await rollupsBetween(db, '2026-11-16', '2026-11-22'));
    await service.handleMessage({ type: 'sample-add' }, page);
    expect(await db.events.count()).toBe(sampleData(NOW).events.length + 2);

    const removed = await service.handleMessage({ type: 'sample-remove' }, page);
    expect(removed).toEqual({ ok: true, removed: sampleData(NOW).events.length });
    expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual(['real-event-1', 'real-event-2']);
    const after = summarizeWeek('2026-11-16', await rollupsBetween(db, '2026-11-16', '2026-11-22'));
    expect(after).toEqual(before);
    expect(await db.daily.count()).toBe(2);
  });

  it('does not count as detected work: the record path still refuses the "sample" detector', async () => {
    const reply = await service.handleMessage(
      { type: 'record', event: draft({ detector: SAMPLE_DETECTOR }) },
      { id: fakeBrowser.runtime.id, tab: { id: 1 } },
    );
    expect(reply).toEqual({ ok: false, error: 'unknown detector "sample"' });
  });
});
