import fc from 'fast-check';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFlows } from '@/lib/background/flows';
import { createService } from '@/lib/background/service';
import { createWriter, type Writer } from '@/lib/background/writer';
import { CATEGORY_IDS } from '@/lib/categories';
import { WorkEventSchema } from '@/lib/event';
import { UNIT_NAMES } from '@/lib/event-limits';
import { HEALTH_KEY, readHealth } from '@/lib/health';
import { isOutboxKey, outboxKey } from '@/lib/outbox';
import { openDb, type ShadowWorkDb } from '@/lib/store/db';
import { addUnits } from '@/lib/store/rollup';
import { draft } from './support/events';

const self = { id: fakeBrowser.runtime.id, tab: { id: 1, incognito: false } };

/** The database is valid: every event passes the schema and the rollups are exactly the sums of the events. */
async function expectConsistent(db: ShadowWorkDb): Promise<void> {
  const events = await db.events.toArray();
  for (const { day: _day, ...event } of events) {
    const checked = v.safeParse(WorkEventSchema, event);
    expect(
      checked.success,
      `${JSON.stringify(event)}: ${checked.issues?.map((issue) => issue.message).join('; ')}`,
    ).toBe(true);
  }
  const sums = new Map<string, { count: number; activeMs: number; units: Record<string, number> }>();
  for (const e of events) {
    const key = [e.day, e.category, e.site].join('|');
    const sum = sums.get(key) ?? { count: 0, activeMs: 0, units: {} };
    sums.set(key, { count: sum.count + 1, activeMs: sum.activeMs + e.activeMs, units: addUnits(sum.units, e.units) });
  }
  const rows = await db.daily.toArray();
  expect(rows.length).toBe(sums.size);
  for (const row of rows) {
    expect(sums.get([row.day, row.category, row.site].join('|'))).toEqual({
      count: row.count,
      activeMs: row.activeMs,
      units: row.units,
    });
  }
}

describe('reliability of the background intake', () => {
  let db: ShadowWorkDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  it('refuses thousands of malformed messages without writing anything invalid', { timeout: 60_000 }, async () => {
    const service = createService(
      createWriter(db, () => {}),
      createFlows(fakeBrowser.storage.session),
      undefined as never, // no data messages here
    );
    const anything = fc.anything({ withBigInt: false, withMap: false, withSet: false, withTypedArray: false });
    const mangledEvent = fc.record(
      {
        id: fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9-]{8,70}$/), anything),
        kind: fc.oneof(fc.constantFrom('review.posted', 'review.rated', 'x'), fc.string({ maxLength: 80 }), anything),
        category: fc.oneof(fc.constantFrom(...CATEGORY_IDS, 'chores', ''), anything),
        detector: fc.oneof(fc.constantFrom('review-form', 'manual', 'Review Form'), anything),
        host: fc.oneof(fc.domain(), fc.webUrl(), fc.string(), anything),
        startedAt: fc.oneof(fc.integer(), fc.double(), fc.constant(Date.now() - 5_000), anything),
        endedAt: fc.oneof(fc.integer(), fc.double(), fc.constant(Date.now()), anything),
        activeMs: fc.oneof(fc.integer({ min: -10, max: 10 ** 9 }), fc.double(), anything),
        units: fc.oneof(
          fc.dictionary(fc.constantFrom(...UNIT_NAMES, 'words', '__proto__'), fc.oneof(fc.integer(), anything)),
          anything,
        ),
        extra: anything,
      },
      { requiredKeys: [] },
    );
    const oneFieldOff = fc
      .tuple(
        fc.constantFrom(
          'id',
          'kind',
          'category',
          'detector',
          'host',
          'startedAt',
          'endedAt',
          'activeMs',
          'units',
          'extra',
        ),
        anything,
      )
      .map(([field, value]) => ({ type: 'record', event: { ...draft(), [field]: value } }));
    const valid = fc.constant(null).map(() => ({ type: 'record', event: draft({ host: 'shop.example' }) }));
    const message = fc.oneof(
      anything,
      oneFieldOff,
      valid,
      fc.record({ type: fc.constantFrom('record', 'start-detectors', 'flow-save', 'wipe'), event: mangledEvent }),
      fc.record({ type: fc.constant('record'), event: mangledEvent }, { requiredKeys: ['type', 'event'] }),
    );
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(message, async (raw) => {
        const reply = await service.handleMessage(raw, self);
        if (reply.ok && 'outcome' in reply && reply.outcome === 'stored') stored += 1;
      }),
      { numRuns: 3000 },
    );
    expect(stored).toBeGreaterThan(100); // the valid ones among them were stored…
    expect(await db.events.count()).toBe(stored); // …and nothing else
    await expectConsistent(db);
  });

  it('keeps an event in the outbox while storage is full, tells the popup, and catches up once space frees', async () => {
    const real = createWriter(db, () => {});
    let full = true;
    const writer: Writer = {
      write: (event) =>
        full ? Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })) : real.write(event),
    };
    const service = createService(writer, createFlows(fakeBrowser.storage.session), undefined as never);
    const first = draft();
    await fakeBrowser.storage.local.set({ [outboxKey(first.id)]: { event: first, privateWindow: false } });
    await service.drainOutbox();
    expect(await db.events.count()).toBe(0);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter(isOutboxKey)).toEqual([outboxKey(first.id)]);
    expect((await readHealth()).storageFailingSince).toBeTypeOf('number');

    full = false;
    const second = draft();
    expect(await service.handleMessage({ type: 'record', event: second }, self)).toMatchObject({ ok: true });
    await vi.waitFor(async () => expect(await db.events.count()).toBe(2));
    // Acknowledged keys leave the outbox together, a moment after their events are stored.
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter(isOutboxKey)).toEqual([]),
    );
    expect(await fakeBrowser.storage.local.get(HEALTH_KEY)).toEqual({ [HEALTH_KEY]: { storageFailingSince: null } });
    await expectConsistent(db);
  });

  it('stores each event once when the message path and the outbox deliver it at the same time', async () => {
    const service = createService(
      createWriter(db, () => {}),
      createFlows(fakeBrowser.storage.session),
      undefined as never, // no data messages here
    );
    const events = Array.from({ length: 50 }, () => draft());
    await fakeBrowser.storage.local.set(
      Object.fromEntries(events.map((event) => [outboxKey(event.id), { event, privateWindow: false }])),
    );
    await Promise.all([
      service.drainOutbox(),
      ...events.map((event) => service.handleMessage({ type: 'record', event }, self)),
      service.drainOutbox(),
    ]);
    expect(await db.events.count()).toBe(50);
    await expectConsistent(db);
  });
});
