import type { ActivityClock } from '../../activity-clock';
import { MAX_EVENT_SPAN_MS } from '../../event-limits';
import type { DetectorContext, FlowProgress } from '../types';
import { rememberedFor } from './regions';

/**
 * A task that goes on over several pages or screens: a checkout, a booking, a check-in, a
 * bank transfer. Each page times its part with an activity clock and counts the fields the
 * person changed and the steps where they worked; the total is carried from page to page
 * with `ctx.flow` (saved as the person works, and when the page goes away) and recorded once,
 * when a page shows that the task is done. The flow then ends, so that a reload of the
 * confirmation records nothing more; an abandoned task is never recorded.
 */
export interface FlowOptions {
  kind: string;
  /** Whether the page, as it is now, shows that the task is done (an order confirmation…). */
  isCompleted(): boolean;
}

export interface FlowTracker {
  /** A trusted event of the person inside the task: runs the clock, counts changed fields and steps. */
  work(event: Event): void;
  /** Records the task now if the page shows it done and work led here. */
  check(): void;
  /** Forgets the task without recording it: another detector owns it. */
  drop(): void;
}

/** Fields whose change is not filling something in. */
const NOT_FILLED = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'search']);
/** The page going away saves at once (pagehide, a click, a submit): this covers a tab that crashes or is killed. */
const SAVE_DELAY_MS = 5000;
const CHECK_DELAY_MS = 400;
/** A confirmation follows the person's last action closely, even after a payment approved on a phone. */
const WATCH_MS = 2 * 60 * 1000;

/** Whether `el` is a form field the person fills in. */
export function isFilledField(el: Element): boolean {
  if (el instanceof HTMLInputElement) return !NOT_FILLED.has(el.type);
  return el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;
}

const CONTROL_SELECTOR =
  'input, select, textarea, button, label, [role="button"], [role="radio"], [role="checkbox"], [role="option"], [role="combobox"], [role="switch"], [role="tab"]';

/**
 * The control an element is part of, if any: what a person types in, chooses or presses in a
 * task (a search box is not). Asked at every event of a task's pages: answered from memory
 * for an element seen a moment ago.
 */
const controlAround = rememberedFor((el) => {
  const control = el.closest(CONTROL_SELECTOR);
  return control?.closest('[role="search"]') ? null : control;
});

/** The control an event happened on, if any. */
export function controlOf(event: Event): Element | null {
  const target = event.target;
  return target instanceof Element ? controlAround(target, event.timeStamp) : null;
}

const WORK_EVENTS = ['keydown', 'change', 'pointerdown', 'focusin', 'click', 'submit'] as const;

/** Listens for the trusted events a task is done with; the handler keeps those of its own task. */
export function onWork(ctx: DetectorContext, handler: (event: Event) => void): void {
  for (const type of WORK_EVENTS) ctx.onTrusted(ctx.document, type, handler, { capture: true, passive: true });
}

/** One field counts once, however often it is changed; radio buttons of a group are one field. */
function fieldKey(el: Element): unknown {
  return el.getAttribute('name') || el.id || el;
}

/** A step is a page or a screen of a single-page app (its path and fragment); never stored. */
function stepOf(url: URL): string {
  return `${url.pathname}${url.hash}`;
}

export function trackFlow(ctx: DetectorContext, options: FlowOptions): FlowTracker {
  /** What earlier pages did, asked of the background once the page takes part in the task. */
  let carried: Promise<FlowProgress | null> | null = null;
  let clock: ActivityClock = ctx.newClock();
  const fields = new Set<unknown>();
  const steps = new Set<string>();
  /**
   * The address last looked at, and one that already showed the task done: work there is not
   * the task's. Compared as objects: `ctx.url` stays the same object while the address does.
   */
  let lookedAt: URL | null = null;
  let doneAt: string | null = null;
  let completing = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let checkTimer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | null = null;
  let watchUntil = 0;

  const resumed = () => {
    carried ??= ctx.flow.resume();
    return carried;
  };

  const total = (before: FlowProgress | null): FlowProgress | null => {
    if (!clock.started) return before;
    return {
      startedAt: Math.min(before?.startedAt ?? Number.POSITIVE_INFINITY, clock.startedAt ?? Date.now()),
      activeMs: Math.min((before?.activeMs ?? 0) + clock.active, MAX_EVENT_SPAN_MS),
      units: {
        fields: (before?.units.fields ?? 0) + fields.size,
        steps: (before?.units.steps ?? 0) + steps.size,
      },
    };
  };

  const save = () => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const pending = carried;
    if (!clock.started || !pending) return;
    void pending.then((before) => {
      const progress = total(before);
      if (progress) ctx.flow.save(progress);
    });
  };

  const stopWatching = () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(checkTimer);
    checkTimer = undefined;
  };

  const restart = (next: Promise<FlowProgress | null> | null) => {
    carried = next;
    clock = ctx.newClock();
    fields.clear();
    steps.clear();
    stopWatching();
  };

  const check = () => {
    if (completing || !options.isCompleted()) return;
    const url = ctx.url;
    const workedBeforeDone = clock.started && doneAt !== url.href;
    doneAt = url.href;
    lookedAt = url;
    completing = true;
    void resumed()
      .then((before) => {
        if (ctx.signal.aborted || (!before && !workedBeforeDone)) return;
        const progress = total(before);
        ctx.record({ kind: options.kind, units: progress?.units ?? {}, clock, carried: before });
        ctx.flow.end();
        restart(Promise.resolve(null));
      })
      .finally(() => {
        completing = false;
      });
  };

  /** Single-page apps show the confirmation without loading a page: look again when the page changes. */
  const watch = (at: number) => {
    watchUntil = at + WATCH_MS;
    if (observer) return;
    observer = new MutationObserver(() => {
      if (performance.now() > watchUntil) {
        stopWatching();
      } else if (checkTimer === undefined) {
        checkTimer = setTimeout(() => {
          checkTimer = undefined;
          check();
        }, CHECK_DELAY_MS);
      }
    });
    observer.observe(ctx.document.documentElement, { childList: true, subtree: true });
  };

  /** Runs at every event of the task's pages: each look at the event or the page costs, so it looks only where it must. */
  const work = (event: Event) => {
    const url = ctx.url;
    if (url !== lookedAt) {
      lookedAt = url;
      if (options.isCompleted()) doneAt = url.href;
    }
    if (doneAt !== null && url.href === doneAt) return;
    void resumed();
    const at = event.timeStamp;
    clock.input(at);
    const type = event.type;
    if (type === 'change') {
      const target = event.target;
      if (target instanceof Element && isFilledField(target)) fields.add(fieldKey(target));
    }
    if (type === 'change' || type === 'click' || type === 'submit') steps.add(stepOf(url));
    if (type === 'click' || type === 'submit') {
      save(); // the page may be about to go
    } else {
      // Saved a moment after work began, not after the last key: one timer, not one per key.
      saveTimer ??= setTimeout(save, SAVE_DELAY_MS);
    }
    watch(at);
  };

  const win = ctx.window;
  const listen = { signal: ctx.signal };
  win.addEventListener('pagehide', save, listen);
  ctx.document.addEventListener('visibilitychange', () => ctx.document.visibilityState === 'hidden' && save(), listen);
  // A page restored from the back-forward cache carries an old total: ask again before going on.
  win.addEventListener('pageshow', (event) => event.persisted && restart(null), listen);
  ctx.signal.addEventListener('abort', () => {
    save();
    stopWatching();
  });

  return {
    work,
    check,
    drop() {
      ctx.flow.end();
      restart(Promise.resolve(null));
    },
  };
}

/**
 * The usual shape of a named task: on its pages every control the person uses is part of it,
 * and a page may already show it done (a confirmation reached by a redirect). Frames are left
 * out: the top page holds the task and its confirmation.
 */
export function followTask(ctx: DetectorContext, options: FlowOptions): () => void {
  if (ctx.window !== ctx.window.top) return () => {};
  const flow = trackFlow(ctx, options);
  onWork(ctx, (event) => {
    if (controlOf(event)) flow.work(event);
  });
  flow.check();
  return () => {};
}
