/**
 * The activity clock (DESIGN §5): counts the time a person spends working on a task,
 * not the time a tab is open. Time between two inputs counts when the gap is shorter
 * than the idle gap; a longer silence counts nothing. Pause reasons (tab hidden, window
 * in the background) each stop the clock until they are lifted; the next input after
 * that starts counting again.
 */
export type PauseReason = 'hidden' | 'blurred';

export class ActivityClock {
  /** Wall-clock time of the first input, for the event's startedAt. */
  startedAt: number | null = null;
  private activeMs = 0;
  private lastInput: number | null = null;
  private readonly pauses = new Set<PauseReason>();

  constructor(
    private readonly idleGapMs: number,
    private readonly monotonicNow: () => number = () => performance.now(),
    private readonly wallNow: () => number = () => Date.now(),
  ) {}

  get started(): boolean {
    return this.startedAt !== null;
  }

  /**
   * The person did something inside the task (a trusted key, pointer or focus event).
   * `at` is the event's own time stamp, on the monotonic clock, when the event is handled
   * later than it happened (events replayed after the detectors were injected).
   */
  input(at?: number): void {
    // Called at every key press: the clocks are read only when the event gives no time, or to date the start.
    const when = at ?? this.monotonicNow();
    this.startedAt ??= Math.round(this.wallNow() - (this.monotonicNow() - when));
    if (this.pauses.size > 0) return;
    if (this.lastInput !== null && when < this.lastInput) return;
    this.countSince(when);
    this.lastInput = when;
  }

  pause(reason: PauseReason): void {
    if (this.pauses.size === 0) this.countSince(this.monotonicNow());
    this.pauses.add(reason);
    this.lastInput = null;
  }

  resume(reason: PauseReason): void {
    this.pauses.delete(reason);
  }

  /** Active time so far, in whole milliseconds. */
  get active(): number {
    return Math.round(this.activeMs);
  }

  private countSince(now: number): void {
    if (this.lastInput === null) return;
    const gap = now - this.lastInput;
    if (gap > 0 && gap <= this.idleGapMs) this.activeMs += gap;
  }
}

/**
 * Pauses clocks while the document is hidden or its window is in the background, with one set
 * of listeners per window however many clocks a long-open page makes (one per review, say).
 * Clocks are held weakly: one its detector has let go of is not kept alive by this.
 * Returns the function that puts a clock under watch.
 */
export function watchAttention(win: Window, signal: AbortSignal): (clock: ActivityClock) => void {
  const doc = win.document;
  const clocks = new Set<WeakRef<ActivityClock>>();
  const each = (action: (clock: ActivityClock) => void) => {
    for (const ref of clocks) {
      const clock = ref.deref();
      if (clock) action(clock);
      else clocks.delete(ref);
    }
  };
  doc.addEventListener(
    'visibilitychange',
    () => each((clock) => (doc.visibilityState === 'hidden' ? clock.pause('hidden') : clock.resume('hidden'))),
    { signal },
  );
  // Focus moving into one of the page's own frames also blurs the window: only a
  // document that has lost focus altogether is in the background.
  win.addEventListener('blur', () => setTimeout(() => doc.hasFocus() || each((clock) => clock.pause('blurred'))), {
    signal,
  });
  win.addEventListener('focus', () => each((clock) => clock.resume('blurred')), { signal });
  return (clock) => {
    if (doc.visibilityState === 'hidden') clock.pause('hidden');
    each(() => {}); // forgets the clocks collected since the last one
    clocks.add(new WeakRef(clock));
  };
}
