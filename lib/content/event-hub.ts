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
 * reaches the detectors costs the page time. What they learn from the next keys pressed in
 * the same field a moment later (the person is still at work there) they learned from the
 * first: in a text field, key presses and input events are passed on once per TYPING_MS and
 * field, whichever comes first, but to a handler that counts characters from the input
 * events. Enter (with Ctrl or not) and Escape, which send or cancel, are passed on at once,
 * and so is anything outside the focused text field (Space on a button).
 *
 * From the extension's world, the first read of each property of an event costs more than
 * all the rest of this: typing is told apart with one read (the key), and the field is the
 * one the person's last focus event named, not read from every event.
 */
const TYPING_MS = 500;

const isTypingKey = (key: string) => key !== 'Enter' && key !== 'Escape';

function isTextField(target: EventTarget | null | undefined): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLInputElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * Where focus is in one document (or frame): whether in a text field, how many times it moved,
 * and when typing was last passed on, in which field (counted by moves).
 */
interface Focus {
  inTextField: boolean;
  moves: number;
  passedAt: number;
  passedIn: number;
}

/** The focus of events that are never typing (so never written to). */
const NOT_TYPING: Focus = { inTextField: false, moves: 0, passedAt: 0, passedIn: -1 };

/**
 * One real listener per target, event type and phase, shared by every detector. Each
 * listener an event reaches costs a switch into the extension's isolated world; with many
 * detectors, each listening for key presses itself, typing would pay it many times over.
 * Only trusted events are passed on, between `around.enter()` and `around.leave()`. Detectors
 * never cancel events, so listeners are passive.
 */
export function createEventHub(lifetime: AbortSignal, around: { enter(): void; leave(): void } = NO_HOOKS) {
  const routes = new Map<EventTarget, Map<string, Routes>>();
  const focusIn = new WeakMap<EventTarget, Focus>();

  /**
   * Follows focus in the target's document, from the element focused when the detectors started.
   * A route of the target's shared focusin listener: one switch into the extension's world per move.
   */
  const focusOf = (target: EventTarget): Focus => {
    const known = focusIn.get(target);
    if (known) return known;
    const doc = target instanceof Document ? target : target instanceof Node ? target.ownerDocument : null;
    const state: Focus = { inTextField: isTextField(doc?.activeElement), moves: 0, passedAt: 0, passedIn: -1 };
    focusIn.set(target, state);
    hub.add(
      target,
      'focusin',
      { capture: true, everyCharacter: false },
      (event) => {
        state.inTextField = isTextField(event.target);
        state.moves++;
      },
      lifetime,
    );
    return state;
  };

  const listen = (target: EventTarget, type: string, capture: boolean, shared: Routes) => {
    const focus = type === 'keydown' || type === 'input' ? focusOf(target) : NOT_TYPING;
    const dispatch = (event: Event) => {
      const typing = focus.inTextField && (type === 'input' || isTypingKey((event as KeyboardEvent).key));
      let againSoon = false;
      let now = 0;
      if (typing) {
        // The wall clock, not the event's time stamp: one property read less at every key.
        now = Date.now();
        againSoon = focus.passedIn === focus.moves && now >= focus.passedAt && now - focus.passedAt < TYPING_MS;
        if (againSoon && shared.counting.size === 0) return;
      }
      // Only the person's own typing restarts the wait: a page cannot hide it with made-up keys.
      if (!event.isTrusted) return;
      if (typing && !againSoon) {
        focus.passedAt = now;
        focus.passedIn = focus.moves;
      }
      around.enter();
      try {
        for (const route of shared.all) if (!againSoon || route.everyCharacter) route.handler(event);
      } finally {
        around.leave();
      }
    };
    target.addEventListener(type, dispatch, { capture, passive: true, signal: lifetime });
  };

  const hub = {
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
  return hub;
}
export type EventHub = ReturnType<typeof createEventHub>;
