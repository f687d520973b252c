type Handler = (event: Event) => void;

interface Route {
  handler: Handler;
  /** Wants every input event of typing, because it reads what each one wrote. */
  everyCharacter: boolean;
}

interface Routes {
  all: Set<Route>;
  /** The routes that count characters: with none, a moment's typing is not even looked at. */
  counting: Set<Route>;
}

const NO_HOOKS = { enter() {}, leave() {} };

/**
 * Typing sends a key press and an input event for every character, and each event that
 * reaches the detectors costs the page time. What they learn from the next characters typed
 * into the same field a moment later (the person is still at work there) they learned from
 * the first: those are passed on once per TYPING_MS for each field and kind of event, but to
 * a handler that counts characters from the input events (a letter typed with Ctrl is typing
 * too). Every other key (Enter, with Ctrl or not, Tab, Space on a button) is passed on at
 * once, and so is any input outside the focused text field.
 *
 * From the extension's world, the first read of each property of an event costs more than
 * all the rest of this: typing is told apart with one read (the key), and the field is the
 * one the person's last focus event named, not read from every event.
 */
const TYPING_MS = 500;

const isTypingKey = (key: string) => key.length === 1 || key === 'Backspace' || key === 'Delete';

/** Whether each element focus went to takes text: asked once per element. */
const takesText = new WeakMap<EventTarget, boolean>();

function isTextField(target: EventTarget): boolean {
  let known = takesText.get(target);
  if (known === undefined) {
    known =
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLInputElement ||
      (target instanceof HTMLElement && target.isContentEditable);
    takesText.set(target, known);
  }
  return known;
}

/**
 * One real listener per target, event type and phase, shared by every detector. Each
 * listener an event reaches costs a switch into the extension's isolated world; with many
 * detectors, each listening for key presses itself, typing would pay it many times over.
 * Only trusted events are passed on, between `around.enter()` and `around.leave()`. Detectors
 * never cancel events, so listeners are passive.
 */
export function createEventHub(lifetime: AbortSignal, around: { enter(): void; leave(): void } = NO_HOOKS) {
  const routes = new Map<EventTarget, Map<string, Routes>>();
  /** The element of each document (or frame's) that the person's last focus event went to. */
  const focused = new WeakMap<EventTarget, EventTarget>();

  const watchingFocus = new WeakSet<EventTarget>();

  const watchFocus = (target: EventTarget) => {
    if (watchingFocus.has(target)) return;
    watchingFocus.add(target);
    const onFocus = (event: Event) => {
      if (event.isTrusted && event.target) focused.set(target, event.target);
    };
    target.addEventListener('focusin', onFocus, { capture: true, passive: true, signal: lifetime });
  };

  /** The text field typing goes into, or null: the focused element, or this event's when no focus event was seen yet. */
  const typingField = (target: EventTarget, event: Event): EventTarget | null => {
    let field = focused.get(target);
    if (!field) {
      field = event.target ?? undefined;
      if (field) focused.set(target, field);
    }
    return field && isTextField(field) ? field : null;
  };

  const listen = (target: EventTarget, type: string, capture: boolean, shared: Routes) => {
    const typing = type === 'keydown' || type === 'input';
    if (typing) watchFocus(target);
    const passedAt = new WeakMap<EventTarget, number>();
    const dispatch = (event: Event) => {
      let field: EventTarget | null = null;
      if (typing && (type === 'input' || isTypingKey((event as KeyboardEvent).key))) field = typingField(target, event);
      // The wall clock, not the event's time stamp: one property read less at every key.
      const now = Date.now();
      let againSoon = false;
      if (field) {
        const last = passedAt.get(field);
        againSoon = last !== undefined && now >= last && now - last < TYPING_MS;
        if (againSoon && shared.counting.size === 0) return;
      }
      // Only the person's own typing restarts the wait: a page cannot hide it with made-up keys.
      if (!event.isTrusted) return;
      if (field && !againSoon) passedAt.set(field, now);
      around.enter();
      try {
        for (const route of shared.all) if (!againSoon || route.everyCharacter) route.handler(event);
      } finally {
        around.leave();
      }
    };
    target.addEventListener(type, dispatch, { capture, passive: true, signal: lifetime });
  };

  return {
    add(
      target: EventTarget,
      type: string,
      options: { capture: boolean; everyCharacter: boolean },
      handler: Handler,
      signal: AbortSignal,
    ): void {
      let byType = routes.get(target);
      if (!byType) {
        byType = new Map();
        routes.set(target, byType);
      }
      const key = `${type}:${options.capture}`;
      let shared = byType.get(key);
      if (!shared) {
        shared = { all: new Set(), counting: new Set() };
        byType.set(key, shared);
        listen(target, type, options.capture, shared);
      }
      const { all, counting } = shared;
      const route = { handler, everyCharacter: options.everyCharacter };
      all.add(route);
      if (route.everyCharacter) counting.add(route);
      signal.addEventListener(
        'abort',
        () => {
          all.delete(route);
          counting.delete(route);
        },
        { once: true },
      );
    },
  };
}
export type EventHub = ReturnType<typeof createEventHub>;
