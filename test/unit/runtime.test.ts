import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ActivityClock } from '@/lib/activity-clock';
import { eventTiming, pageHost } from '@/lib/content/runtime';
import { DETECTORS } from '@/lib/detectors';
import { defineDetector } from '@/lib/detectors/types';
import { startDetectors } from './support/detectors';
import { loadFixture, person } from './support/dom';

function clockWith(activeMs: number, startedAt: number): ActivityClock {
  let now = 0;
  const clock = new ActivityClock(
    60_000,
    () => now,
    () => startedAt + now,
  );
  clock.input();
  now += activeMs;
  clock.input();
  return clock;
}

describe('content-script runtime', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  it('times an event from its first input to now, never shorter than its active time', () => {
    const start = Date.UTC(2026, 10, 20, 9);
    const clock = clockWith(30_000, start);
    expect(eventTiming(clock, start + 90_000)).toEqual({ startedAt: start, endedAt: start + 90_000, activeMs: 30_000 });
    // The wall clock was moved back during the task: the span still holds the active time.
    expect(eventTiming(clock, start - 3_600_000)).toEqual({
      startedAt: start - 3_600_000 - 30_000,
      endedAt: start - 3_600_000,
      activeMs: 30_000,
    });
  });

  it('adds the time a task carried from earlier pages', () => {
    const start = Date.UTC(2026, 10, 20, 9);
    const clock = clockWith(10_000, start + 600_000);
    const carried = { startedAt: start, activeMs: 50_000, units: {} };
    expect(eventTiming(clock, start + 700_000, carried)).toEqual({
      startedAt: start,
      endedAt: start + 700_000,
      activeMs: 60_000,
    });
  });

  it('starts and stops detectors as a single-page app changes its address', async () => {
    const started: string[] = [];
    const detector = defineDetector({
      id: 'spa-test',
      category: 'content',
      matches: (url) => url.pathname.startsWith('/compose'),
      start(context) {
        started.push(context.url.pathname);
        return () => started.push('stopped');
      },
    });
    window.history.replaceState(null, '', '/home');
    ctx = await startDetectors([detector]);
    expect(started).toEqual([]);
    const afterWatcherTick = () => new Promise((done) => setTimeout(done, 1_200)); // WXT polls the address each second
    window.history.pushState(null, '', '/compose/tweet');
    await afterWatcherTick();
    expect(started).toEqual(['/compose/tweet']);
    window.history.pushState(null, '', '/home');
    await afterWatcherTick();
    expect(started).toEqual(['/compose/tweet', 'stopped']);
  });

  it('keeps a detector of any site off where a named-site detector that supersedes it matches', async () => {
    const started: string[] = [];
    const detector = (id: string, matches: (url: URL) => boolean, supersedes?: string[]) =>
      defineDetector({
        id,
        category: 'review',
        matches,
        ...(supersedes && { supersedes }),
        start() {
          started.push(id);
          return () => started.push(`${id} stopped`);
        },
      });
    const generic = detector('generic', () => true);
    const named = detector('named', (url) => url.pathname.startsWith('/owned'), ['generic']);
    window.history.replaceState(null, '', '/elsewhere');
    ctx = await startDetectors([generic, named]);
    expect(started).toEqual(['generic']);
    ctx.abort();
    started.length = 0;
    window.history.replaceState(null, '', '/owned/page');
    ctx = await startDetectors([generic, named]);
    expect(started).toEqual(['named']);
  });

  it('listens for no input event where nothing counts characters: typing costs one listener per key', async () => {
    loadFixture('sites/www.example-shop.fr/commande/index.html');
    const listening = vi.spyOn(document, 'addEventListener');
    ctx = await startDetectors(DETECTORS);
    person.type(document.querySelector('#field-firstname') as HTMLInputElement, 'Camille');
    const types = listening.mock.calls.map(([type]) => type);
    expect(types).toContain('keydown');
    expect(types).not.toContain('input');
    listening.mockRestore();
  });

  it('keeps one detector failing from stopping the others', async () => {
    const log: string[] = [];
    const broken = defineDetector({
      id: 'broken',
      category: 'review',
      matches: () => true,
      start() {
        throw new Error('boom');
      },
    });
    const fine = defineDetector({
      id: 'fine',
      category: 'review',
      matches: () => true,
      start() {
        log.push('started');
        return () => {};
      },
    });
    ctx = await startDetectors([broken, fine]);
    expect(log).toEqual(['started']);
  });
});

describe('the host of the page a frame is on', () => {
  const frame = (own: string, referrer: string, ancestors?: string[]) =>
    ({
      top: {},
      location: { hostname: own, ...(ancestors && { ancestorOrigins: ancestors }) },
      document: { referrer },
    }) as unknown as Window;

  it("is the top page's, where the browser lists the frame's ancestors (Chromium)", () => {
    const widget = frame('www.google.com', '', ['https://checkout.example-shop.fr', 'https://www.example-shop.fr']);
    expect(pageHost(widget, 'checkout.example-shop.fr')).toBe('www.example-shop.fr');
  });

  it("takes the widget's own word before the referrer where it does not (Firefox)", () => {
    expect(pageHost(frame('www.google.com', 'https://www.example-shop.fr/'), 'shop.example')).toBe('shop.example');
    expect(pageHost(frame('www.google.com', ''), 'www.example-shop.fr')).toBe('www.example-shop.fr');
  });

  it("falls back on the referrer, then on the frame's own host", () => {
    expect(pageHost(frame('www.google.com', 'https://www.example-shop.fr/compte'))).toBe('www.example-shop.fr');
    expect(pageHost(frame('www.google.com', ''))).toBe('www.google.com');
  });

  it('is the page itself outside frames', () => {
    expect(pageHost(window, 'ignored.example')).toBe(window.location.hostname);
  });
});
