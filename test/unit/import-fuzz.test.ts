import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildExport } from '@/lib/export';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { openDb, type ShadowWorkDb } from '@/lib/store/db';
import { recordEvents } from '@/lib/store/record';
import { dayKey } from '@/lib/week';
import { workEvent } from './support/events';
import { backgroundService } from './support/service';

/** What a hostile or broken file may put in place of an event's field. */
const hostileValue = fc.oneof(
  fc.constant('<script>alert(1)</script>'),
  fc.constant('javascript:alert(1)'),
  fc.constant(-1),
  fc.constant(1e308),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant(-8.64e15), // the first representable date
  fc.constant(null),
  fc.constant([]),
  fc.constant({ chars: 'typed text' }),
);
/** The fields with a strict form (a company's name or a kind is free text: a script string there is only text). */
const FIELDS = ['id', 'category', 'detector', 'site', 'startedAt', 'endedAt', 'activeMs', 'units'];

/** Ways a valid export is broken, each of which must be refused as a whole. */
const breakage = fc.oneof(
  // Cut anywhere: a download interrupted, a file half copied.
  fc.record({ how: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 0.999, noNaN: true }) }),
  // One field of one event replaced by something it can never be.
  fc.record({
    how: fc.constant('field' as const),
    event: fc.nat(),
    field: fc.constantFrom(...FIELDS),
    value: hostileValue,
  }),
  // Keys that pollute prototypes when a program merges objects carelessly.
  fc.record({ how: fc.constant('proto' as const), event: fc.nat(), key: fc.constantFrom('__proto__', 'constructor') }),
  // An event given twice.
  fc.record({ how: fc.constant('duplicate' as const), event: fc.nat() }),
);

function broken(text: string, events: number, damage: typeof breakage extends fc.Arbitrary<infer T> ? T : never) {
  if (damage.how === 'truncate') return text.slice(0, Math.floor(text.length * damage.at));
  const file = JSON.parse(text);
  const index = damage.event % events;
  if (damage.how === 'field') file.events[index][damage.field] = damage.value;
  if (damage.how === 'duplicate') file.events.push(file.events[index]);
  if (damage.how === 'proto') {
    // Written as text: an object literal would set the prototype instead of an own key.
    return JSON.stringify(file).replace(
      `"id":"${file.events[index].id}"`,
      `"${damage.key}":{"prototype":{"polluted":true},"polluted":true},"id":"${file.events[index].id}"`,
    );
  }
  return JSON.stringify(file);
}

describe('importing broken and hostile files', () => {
  let db: ShadowWorkDb;
  let service: ReturnType<typeof backgroundService>;
  const optionsPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };

  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
    service = backgroundService(db);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('refuses every one with a reason, changes nothing, and pollutes nothing', { timeout: 60_000 }, async () => {
    const already = [workEvent(), workEvent()];
    await recordEvents(db, already);
    const before = { events: await db.events.toArray(), daily: await db.daily.toArray() };
    const incoming = Array.from({ length: 4 }, () => workEvent());
    const text = JSON.stringify(
      buildExport(
        incoming.map((event) => ({ ...event, day: dayKey(event.endedAt) })),
        DEFAULT_SETTINGS,
      ),
    );
    await fc.assert(
      fc.asyncProperty(breakage, async (damage) => {
        const reply = await service.handleMessage(
          { type: 'import', json: broken(text, incoming.length, damage) },
          optionsPage,
        );
        expect(reply).toMatchObject({ ok: false, error: expect.any(String) });
        expect({ events: await db.events.toArray(), daily: await db.daily.toArray() }).toEqual(before);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
