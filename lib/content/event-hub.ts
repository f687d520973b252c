type Handler = (event: Event) => void;

interface Route {
  handler: Handler;
  /** Wants every input event of typing, because it reads what each one wrote. */
  everyCharacter: boolean;
}

const NO_HOOKS = { enter() {}, leave() {} };

/**
 * Typing sends a key press and an input event for every character, and each event that
 * reaches the detectors costs the page time. What they learn from the next characters typed
 * into the same field a moment later (the person is still at work there) they learned from
 * the first: those are passed on once per TYPING_MS for each field and kind of event, but to
 * a handler that counts characters from the input events. Every other key (Enter, Tab, Space
 * on a button, shortcuts) and every other input (a paste, a new line, a choice) is passed on
 * at once.
 */
const TYPING_MS = 500;

const isEditable = (target: EventTarget | null) => target instanceof HTMLElement && target.isContentEditable;

/** The field an event of plain typing happened in, or null for any other event. */
function typingIn(event: Event): EventTarget | null {
  if (event instanceof KeyboardEvent) {
    const { key, ctrlKey, metaKey, altKey } = event;
    if (event.type !== 'keydown' || ctrlKey || metaKey || altKey) return null;
    if (!(key.length === 1 || key === 'Backspace' || key === 'Delete')) return null;
  } else if (event instanceof InputEvent) {
    const type = event.inputType;
    if (event.type !== 'input' || !(type === 'insertText' || type.startsWith('deleteContent'))) return null;
  } else {
    return null;
  }
  const field = event.target;
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement || isEditable(field) ? field : null;
}

/**
 * One real listener per target, event type and phase, shared by every detector. Each
 * listener an event reaches costs a switch into the extension's isolated world; with many
 * detectors, each listening for key presses itself, typing would pay it many times over.
 * Only trusted events are passed on, between `around.enter()` and `around.leave()`. Detectors
 * never cancel events, so listeners are passive.
 */
export function createEventHub(lifetime: AbortSignal, around: { enter(): void; leave(): void } = NO_HOOKS) {
  const routes = new Map<EventTarget, Map<string, Set<Route>>>();
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
        const all = new Set<Route>();
        shared = all;
        byType.set(key, all);
        const typedAt = new WeakMap<EventTarget, number>();
        const dispatch = (event: Event) => {
          if (!event.isTrusted) return;
          const field = typingIn(event);
          let againSoon = false;
          if (field) {
            const last = typedAt.get(field);
            againSoon = last !== undefined && event.timeStamp >= last && event.timeStamp - last < TYPING_MS;
            if (!againSoon) typedAt.set(field, event.timeStamp);
          }
          around.enter();
          try {
            for (const route of all) if (!againSoon || route.everyCharacter) route.handler(event);
          } finally {
            around.leave();
          }
        };
        target.addEventListener(type, dispatch, { capture: options.capture, passive: true, signal: lifetime });
      }
      const set = shared;
      const route = { handler, everyCharacter: options.everyCharacter };
      set.add(route);
      signal.addEventListener('abort', () => set.delete(route), { once: true });
    },
  };
}
export type EventHub = ReturnType<typeof createEventHub>;
