import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ActivityClock, watchAttention } from '../activity-clock';
import type { CompletedWork, Detector, DetectorContext, FlowProgress } from '../detectors/types';
import { MAX_EVENT_SPAN_MS, type Units } from '../event-limits';
import { sendToBackground } from '../send';
import { recordingOffReason, type Settings } from '../settings';
import { hostOf } from '../url';
import { deliver } from './deliver';
import { createEventHub, type EventHub } from './event-hub';
import { type KeptEvent, takeHandoff } from './handoff';
import { readSettings, watchSettings } from './settings';

/** A random id, made where the event is born so that every retry carries the same one. */
export function newEventId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function positiveUnits(units: Units): Units {
  return Object.fromEntries(Object.entries(units).filter(([, n]) => Number.isInteger(n) && (n as number) > 0)) as Units;
}

/**
 * Times of a finished task that always pass validation, even if the wall clock jumped
 * meanwhile: the active time is measured on the monotonic clock, the span is at least that.
 */
export function eventTiming(
  clock: ActivityClock,
  now: number,
  carried?: FlowProgress | null,
): { startedAt: number; endedAt: number; activeMs: number } {
  const activeMs = Math.min(clock.active + (carried?.activeMs ?? 0), MAX_EVENT_SPAN_MS);
  const firstInput = Math.min(clock.startedAt ?? now, carried?.startedAt ?? now);
  const span = Math.round(Math.min(Math.max(now - firstInput, activeMs), MAX_EVENT_SPAN_MS));
  return { startedAt: now - span, endedAt: now, activeMs };
}

/**
 * The host of the page the person is on. In a frame, the top page's: a review widget or a
 * CAPTCHA embedded in a shop is work done on the shop (the frame's host goes in `via`).
 * Where the browser does not list the frame's ancestors (Firefox), the `embedder` a widget
 * reads from its own address comes before the referrer, which a referrer policy may remove.
 */
export function pageHost(win: Window, embedder?: string): string {
  if (win === win.top) return win.location.hostname;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return hostOf(ancestors[ancestors.length - 1]) ?? win.location.hostname;
  return embedder || hostOf(win.document.referrer) || win.location.hostname;
}

/** setTimeout's longest delay (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface TrustedListener {
  target: EventTarget;
  type: string;
  handler: (event: Event) => void;
}

/** A kept event with the target it had when the sentinel saw it, for the detectors to replay. */
function asSeen({ event, target }: KeptEvent): Event {
  if (event.target === target) return event;
  return new Proxy(event, {
    get(real, property) {
      if (property === 'target') return target;
      const value: unknown = Reflect.get(real, property, real);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
}

/** Whether a listener on `target` would have seen `event` had it been attached already. */
function reaches(listener: TrustedListener, event: Event): boolean {
  if (listener.type !== event.type) return false;
  if (listener.target === window || listener.target === event.target) return true;
  return listener.target instanceof Node && event.target instanceof Node && listener.target.contains(event.target);
}

interface Run {
  settings: Settings;
  address: ReturnType<typeof pageAddress>;
  privateWindow: boolean;
  events: EventHub;
  /** Listeners attached so far, kept for replaying the sentinel's events; null once replayed. */
  listeners: TrustedListener[] | null;
}

/**
 * The page's address, for every detector at once. Detectors ask for it at every key press,
 * and reading `location` from the extension's world in the middle of an event costs more
 * than everything else they do then. Where the browser announces every change of address
 * (the Navigation API's "navigate", in Chrome and Firefox), events use the address read
 * last until it announces one; elsewhere each event reads it once for all detectors.
 * Outside events (timers, observers) it is read at every call. Parsed again only when it
 * changed: the same object while the address is the same.
 */
function pageAddress(win: Window, lifetime: AbortSignal) {
  const location = win.location;
  let url = new URL(location.href);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  let announced = navigation === undefined;
  navigation?.addEventListener(
    'navigate',
    () => {
      announced = true;
    },
    { signal: lifetime },
  );
  let inEvent = false;
  let fresh = false;
  return {
    get(): URL {
      if (inEvent && (fresh || !announced)) return url;
      fresh = inEvent;
      announced = navigation === undefined;
      const href = location.href;
      if (href !== url.href) url = new URL(href);
      return url;
    },
    /** An event is handed to the detectors. */
    enter(): void {
      inEvent = true;
      fresh = false;
    },
    leave(): void {
      inEvent = false;
    },
  };
}

function detectorContext(detector: Detector, signal: AbortSignal, run: Run): DetectorContext {
  const win = window;
  let carried: FlowProgress | null = null;
  const watch = watchAttention(win, signal);
  return {
    get url() {
      return run.address.get();
    },
    window: win,
    document: win.document,
    signal,
    onTrusted(target, type, handler, options) {
      const isolated = (event: Event) => {
        try {
          handler(event as never);
        } catch (error) {
          console.debug(`[Shadow Work] detector ${detector.id} failed`, error);
        }
      };
      const routing = { capture: options?.capture ?? false, everyCharacter: options?.everyCharacter ?? false };
      run.events.add(target, type, routing, isolated, signal);
      run.listeners?.push({ target, type, handler: isolated });
    },
    newClock() {
      const clock = new ActivityClock(run.settings.idleGapSeconds * 1000);
      watch(clock);
      return clock;
    },
    record(work: CompletedWork) {
      if (signal.aborted || (!work.clock.started && !work.carried)) return;
      deliver(
        {
          event: {
            id: newEventId(),
            kind: work.kind,
            category: detector.category,
            detector: detector.id,
            host: pageHost(win, work.embedder),
            ...(work.via ? { via: work.via } : {}),
            ...eventTiming(work.clock, Date.now(), work.carried),
            units: positiveUnits(work.units),
          },
          privateWindow: run.privateWindow,
        },
        signal,
      );
    },
    flow: {
      async resume() {
        const reply = await sendToBackground({ type: 'flow-load', detector: detector.id }).catch(() => null);
        carried = reply?.ok ? reply.progress : null;
        return carried;
      },
      save(progress) {
        sendToBackground({ type: 'flow-save', detector: detector.id, progress }).catch(() => {});
      },
      add(part) {
        sendToBackground({ type: 'flow-add', detector: detector.id, progress: part }).catch(() => {});
      },
      end() {
        sendToBackground({ type: 'flow-end', detector: detector.id }).catch(() => {});
      },
    },
  };
}

/**
 * Starts the detectors that apply to this page, each isolated from the others' errors;
 * follows the settings (pause, a site or detector switched off) and, in single-page apps,
 * the address, starting and stopping detectors as their `matches` changes. Everything
 * stops when the content script's context is invalidated.
 */
export async function runDetectors(ctx: ContentScriptContext, detectors: readonly Detector[]): Promise<void> {
  const address = pageAddress(window, ctx.signal);
  const run: Run = {
    settings: await readSettings(),
    address,
    privateWindow: browser.extension.inIncognitoContext,
    events: createEventHub(ctx.signal, address),
    listeners: [],
  };
  const running = new Map<string, AbortController>();

  const stop = (id: string) => {
    running.get(id)?.abort();
    running.delete(id);
  };
  const start = (detector: Detector) => {
    const controller = new AbortController();
    running.set(detector.id, controller);
    try {
      const cleanup = detector.start(detectorContext(detector, controller.signal, run));
      controller.signal.addEventListener('abort', cleanup);
    } catch (error) {
      console.debug(`[Shadow Work] detector ${detector.id} failed to start`, error);
    }
  };
  const applies = (detector: Detector, url: URL) => {
    try {
      return detector.matches(url);
    } catch {
      return false;
    }
  };
  const wanted = (detector: Detector, url: URL, superseded: ReadonlySet<string>) => {
    const { settings } = run;
    if (settings.disabledDetectors.includes(detector.id) || settings.disabledCategories.includes(detector.category)) {
      return false;
    }
    return !superseded.has(detector.id) && applies(detector, url);
  };
  const update = () => {
    if (ctx.isInvalid) return;
    const { settings } = run;
    if (recordingOffReason(settings, { host: pageHost(window), privateWindow: run.privateWindow })) {
      for (const id of [...running.keys()]) stop(id);
      if (settings.pausedUntil !== null && !settings.pausedIndefinitely && settings.pausedUntil > Date.now()) {
        ctx.setTimeout(update, Math.min(settings.pausedUntil - Date.now() + 1, MAX_TIMER_MS));
      }
      return;
    }
    const url = new URL(location.href);
    const superseded = new Set(detectors.filter((d) => applies(d, url)).flatMap((d) => d.supersedes ?? []));
    for (const detector of detectors) {
      const isRunning = running.has(detector.id);
      const shouldRun = wanted(detector, url, superseded);
      if (shouldRun && !isRunning) start(detector);
      if (!shouldRun && isRunning) stop(detector.id);
    }
  };

  ctx.onInvalidated(() => {
    for (const id of [...running.keys()]) stop(id);
  });
  update();
  const listeners = run.listeners ?? [];
  for (const kept of takeHandoff()) {
    const event = asSeen(kept);
    // A listener a detector adds while an earlier event is replayed hears the later ones, as it would have.
    for (const listener of [...listeners]) if (reaches(listener, event)) listener.handler(event);
  }
  run.listeners = null;

  ctx.onInvalidated(
    watchSettings((settings) => {
      run.settings = settings;
      for (const id of [...running.keys()]) stop(id); // restart with the new settings (idle gap…)
      update();
    }),
  );
  ctx.addEventListener(window, 'wxt:locationchange', update);
}
