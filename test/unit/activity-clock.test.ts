import { describe, expect, it } from 'vitest';
import { ActivityClock, watchAttention } from '@/lib/activity-clock';

/** A clock driven by a hand-moved time, so every millisecond is known. */
function clockAt(idleGapMs = 60_000) {
  let now = 1_000;
  const clock = new ActivityClock(
    idleGapMs,
    () => now,
    () => 1_795_000_000_000 + now,
  );
  return { clock, advance: (ms: number) => (now += ms), now: () => now };
}

describe('activity clock', () => {
  it('counts the time between inputs', () => {
    const { clock, advance } = clockAt();
    clock.input();
    advance(5_000);
    clock.input();
    advance(10_000);
    clock.input();
    expect(clock.active).toBe(15_000);
  });

  it('counts nothing for a silence longer than the idle gap', () => {
    const { clock, advance } = clockAt(60_000);
    clock.input();
    advance(20_000);
    clock.input();
    advance(61_000); // the person went for coffee
    clock.input();
    advance(3_000);
    clock.input();
    expect(clock.active).toBe(23_000);
  });

  it('counts nothing while paused, and starts again on the next input', () => {
    const { clock, advance } = clockAt();
    clock.input();
    advance(4_000);
    clock.pause('hidden'); // the 4 s before the tab was hidden count
    advance(30_000);
    clock.input(); // an input while hidden (a key replayed late) counts nothing
    clock.resume('hidden');
    advance(2_000);
    clock.input(); // first input after coming back: starts a new run
    advance(1_000);
    clock.input();
    expect(clock.active).toBe(5_000);
  });

  it('stays paused until every reason is lifted', () => {
    const { clock, advance } = clockAt();
    clock.input();
    clock.pause('hidden');
    clock.pause('blurred');
    clock.resume('hidden');
    advance(1_000);
    clock.input();
    advance(1_000);
    clock.input();
    expect(clock.active).toBe(0);
  });

  it('dates the start from the first input, even one handled late', () => {
    const { clock, advance, now } = clockAt();
    const at = now();
    advance(250); // the event is replayed 250 ms after it happened
    clock.input(at);
    expect(clock.startedAt).toBe(1_795_000_000_000 + at);
    advance(1_000);
    clock.input();
    expect(clock.active).toBe(1_250);
  });

  it('is not started until the person does something', () => {
    const { clock } = clockAt();
    expect(clock.started).toBe(false);
    clock.pause('hidden');
    expect(clock.started).toBe(false);
  });

  it('pauses while the document is hidden', () => {
    const { clock, advance } = clockAt();
    const controller = new AbortController();
    watchAttention(window, controller.signal)(clock);
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (hidden ? 'hidden' : 'visible'),
    });
    clock.input();
    advance(2_000);
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    advance(50_000);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    clock.input();
    advance(1_000);
    clock.input();
    expect(clock.active).toBe(3_000);
    controller.abort();
  });
});
