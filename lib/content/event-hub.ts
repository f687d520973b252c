type Handler = (event: Event) => void;

/**
 * One real listener per target, event type and phase, shared by every detector. Each
 * listener an event reaches costs a switch into the extension's isolated world; with many
 * detectors, each listening for key presses itself, typing would pay it many times over.
 * Only trusted events are passed on. Detectors never cancel events, so listeners are passive.
 */
export function createEventHub(lifetime: AbortSignal) {
  const routes = new Map<EventTarget, Map<string, Set<Handler>>>();
  return {
    add(target: EventTarget, type: string, capture: boolean, handler: Handler, signal: AbortSignal): void {
      let byType = routes.get(target);
      if (!byType) {
        byType = new Map();
        routes.set(target, byType);
      }
      const key = `${type}:${capture}`;
      let handlers = byType.get(key);
      if (!handlers) {
        const shared = new Set<Handler>();
        handlers = shared;
        byType.set(key, shared);
        const dispatch = (event: Event) => {
          if (!event.isTrusted) return;
          for (const each of shared) each(event);
        };
        target.addEventListener(type, dispatch, { capture, passive: true, signal: lifetime });
      }
      const set = handlers;
      set.add(handler);
      signal.addEventListener('abort', () => set.delete(handler), { once: true });
    },
  };
}
export type EventHub = ReturnType<typeof createEventHub>;
