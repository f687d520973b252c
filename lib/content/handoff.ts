/**
 * The hand-off between the two content-script stages. The sentinel (entrypoints/sentinel.ts)
 * runs on every page and only keeps the person's first trusted events; when one of them
 * looks like work, it asks the background to inject the detectors
 * (entrypoints/detectors.content.ts). The detectors then take the kept events and replay
 * them, so the click or key press that woke them is not lost. Both stages run in the
 * extension's isolated world of the same frame, where this global is invisible to the page.
 */
export const HANDOFF_EVENT_TYPES = [
  'pointerdown',
  'click',
  'keydown',
  'input',
  'change',
  'focusin',
  'submit',
  'copy',
] as const;

/** Enough to cover the events of the short wait for the injection. */
export const HANDOFF_MAX_EVENTS = 300;

/**
 * An event as the sentinel saw it. Once dispatched, an event from inside a shadow tree has
 * lost its target (the DOM clears it): the one it had then is kept beside it.
 */
export interface KeptEvent {
  event: Event;
  target: EventTarget | null;
}

export interface Handoff {
  events: KeptEvent[];
  /** Set by the detectors stage once it listens itself; the sentinel then stops. */
  taken: boolean;
  /** The sentinel's own stop, called as the detectors take over: its listeners would cost every event after. */
  release?: () => void;
  /** Set as soon as the detectors stage runs in this frame, loaded with the page or injected. */
  running?: boolean;
}

const KEY = '__shadowWorkHandoff';
type Scope = typeof globalThis & { [KEY]?: Handoff };

/**
 * A new hand-off for a sentinel that starts. After the extension is reloaded or updated the
 * new scripts run in the same isolated world as the old ones, so the old detectors' state
 * must not be reused. Events an earlier sentinel kept and no detectors took yet are the
 * person's all the same: a second sentinel injected while the first one was waiting for the
 * detectors (the extension installed or updated as the page loaded) carries them over.
 */
export function freshHandoff(): Handoff {
  const previous = (globalThis as Scope)[KEY];
  const waiting = previous && !previous.taken ? previous.events : [];
  const state: Handoff = { events: [...waiting], taken: false };
  (globalThis as Scope)[KEY] = state;
  return state;
}

/** Whether a newer sentinel has started in this frame since `state` was made (the extension reloaded or updated). */
export function handoffReplaced(state: Handoff): boolean {
  return (globalThis as Scope)[KEY] !== state;
}

/** The events kept so far, emptied; from now on the sentinel keeps nothing. */
export function takeHandoff(): KeptEvent[] {
  const scope = globalThis as Scope;
  scope[KEY] ??= { events: [], taken: false };
  scope[KEY].taken = true;
  scope[KEY].release?.();
  return scope[KEY].events.splice(0);
}

type WithHandoff = typeof globalThis & { __shadowWorkHandoff?: Handoff };

/** Called by the detectors stage as it starts, before anything else: see `detectorsRunning`. */
export function markDetectorsRunning(): void {
  const scope = globalThis as WithHandoff;
  scope.__shadowWorkHandoff ??= { events: [], taken: false };
  scope.__shadowWorkHandoff.running = true;
}

/**
 * Run by the background in a frame's isolated world before injecting the detectors: whether
 * they already run there (loaded with the page on a named site), since a second copy would
 * replace the first. Self-contained, as injected functions must be: it names the key itself.
 */
export function detectorsRunning(): boolean {
  return (globalThis as WithHandoff).__shadowWorkHandoff?.running === true;
}
