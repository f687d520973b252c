import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WorkEventSchema } from '@/lib/event';
import { outboxKey } from '@/lib/outbox';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/lib/settings';
import { openDb, type ShadowWorkDb, type StoredEvent } from '@/lib/store/db';
import { draft } from './support/events';
import { backgroundService } from './support/service';

describe('background intake', () => {
  let db: ShadowWorkDb;
  let service: ReturnType<typeof backgroundService>;
  const self = { id: fakeBrowser.runtime.id, tab: { id: 1, incognito: false } };

  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
    service = backgroundService(db);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  it('stores a valid event with its site reduced to the registrable domain and its beneficiary', async () => {
    const event = draft({ host: 'www.amazon.co.uk' });
    expect(await service.handleMessage({ type: 'record', event }, self)).toEqual({ ok: true, outcome: 'stored' });
    const stored = await db.events.get(event.id);
    expect(stored).toMatchObject({ site: 'amazon.co.uk', beneficiary: 'Amazon' });
    expect(stored).not.toHaveProperty('host');
  });

  it('reads a host written with its final dot as the same site', async () => {
    const event = draft({ host: 'www.amazon.fr.' });
    expect(await service.handleMessage({ type: 'record', event }, self)).toEqual({ ok: true, outcome: 'stored' });
    expect(await db.events.get(event.id)).toMatchObject({ site: 'amazon.fr', beneficiary: 'Amazon' });
  });

  it('stores work on a long host the public-suffix list cannot read, the host standing for site and company', async () => {
    const host = `www.${'a'.repeat(100)}.com`; // a label over 63 characters: no registrable domain
    const event = draft({ host });
    expect(await service.handleMessage({ type: 'record', event }, self)).toEqual({ ok: true, outcome: 'stored' });
    const { day: _day, ...stored } = (await db.events.get(event.id)) as StoredEvent;
    expect(stored).toMatchObject({ site: host, beneficiary: host });
    // What is stored is a valid event, so that an export of it imports again.
    expect(v.safeParse(WorkEventSchema, stored).success).toBe(true);
  });

  it('acknowledges a retry without storing it twice', async () => {
    const event = draft();
    await service.handleMessage({ type: 'record', event }, self);
    expect(await service.handleMessage({ type: 'record', event }, self)).toEqual({ ok: true, outcome: 'duplicate' });
    expect(await db.events.count()).toBe(1);
  });

  it.each([
    ['a malformed message', { type: 'record', event: { id: 'x' } }],
    ['an unknown message type', { type: 'wipe' }],
    ['an unknown category', { type: 'record', event: { ...draft(), category: 'chores' } }],
    ['an out-of-range duration', { type: 'record', event: { ...draft(), activeMs: 10 ** 9 } }],
    ['an oversized field', { type: 'record', event: { ...draft(), kind: `review.${'a'.repeat(5000)}` } }],
  ])('refuses %s with a reason and writes nothing', async (_what, message) => {
    const reply = await service.handleMessage(message, self);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message: /) });
    expect(console.warn).toHaveBeenCalled();
    expect(await db.events.count()).toBe(0);
    expect(await db.daily.count()).toBe(0);
  });

  it('refuses a detector that does not exist or reports another category', async () => {
    const unknown = await service.handleMessage({ type: 'record', event: draft({ detector: 'made-up' }) }, self);
    expect(unknown).toEqual({ ok: false, error: 'unknown detector "made-up"' });
    const wrong = await service.handleMessage({ type: 'record', event: draft({ category: 'captcha' }) }, self);
    expect(wrong).toMatchObject({ ok: false });
    expect(await db.events.count()).toBe(0);
  });

  it('refuses messages from other extensions', async () => {
    const reply = await service.handleMessage({ type: 'record', event: draft() }, { id: 'someone-else' });
    expect(reply).toEqual({ ok: false, error: 'unknown sender' });
  });

  it('records nothing while paused, from a switched-off site, or from a private window', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, disabledSites: ['amazon.fr'] },
    });
    expect(
      await service.handleMessage({ type: 'record', event: draft({ host: 'www.amazon.fr' }) }, self),
    ).toMatchObject({
      ok: false,
      error: 'recording is off on this site',
    });
    const privateTab = { ...self, tab: { id: 2, incognito: true } };
    expect(
      await service.handleMessage({ type: 'record', event: draft({ host: 'yelp.com' }) }, privateTab),
    ).toMatchObject({
      ok: false,
      error: 'private windows are not recorded',
    });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, pausedIndefinitely: true } });
    expect(await service.handleMessage({ type: 'record', event: draft({ host: 'yelp.com' }) }, self)).toMatchObject({
      ok: false,
      error: 'recording is paused',
    });
    expect(await db.events.count()).toBe(0);
  });

  it('drains the outbox: stores valid entries, drops invalid ones, and empties it', async () => {
    const good = draft();
    await fakeBrowser.storage.local.set({
      [outboxKey(good.id)]: { event: good, privateWindow: false },
      [outboxKey('bad-entry-1')]: { event: { id: 'bad-entry-1' }, privateWindow: false },
      unrelated: 42,
    });
    await service.drainOutbox();
    expect(await db.events.count()).toBe(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ unrelated: 42 });
  });

  it("adds a frame's part of a task to the tab's flow, for another frame to read", async () => {
    const frame = { ...self, frameId: 3, tab: { id: 1, incognito: false, url: 'https://www.example-shop.fr/compte' } };
    const part = { startedAt: Date.UTC(2026, 10, 20, 9), activeMs: 8_000, units: { rounds: 1, images: 3 } };
    expect(await service.handleMessage({ type: 'flow-add', detector: 'recaptcha', progress: part }, frame)).toEqual({
      ok: true,
    });
    await service.handleMessage({ type: 'flow-add', detector: 'recaptcha', progress: part }, frame);
    expect(await service.handleMessage({ type: 'flow-load', detector: 'recaptcha' }, { ...frame, frameId: 2 })).toEqual(
      {
        ok: true,
        progress: { ...part, activeMs: 16_000, units: { rounds: 2, images: 6 } },
      },
    );
    const invalid = { type: 'flow-add', detector: 'recaptcha', progress: { ...part, activeMs: -1 } };
    expect(await service.handleMessage(invalid, frame)).toMatchObject({ ok: false });
  });
});
