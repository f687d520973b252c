import {
  freshHandoff,
  HANDOFF_EVENT_TYPES,
  HANDOFF_MAX_EVENTS,
  type Handoff,
  handoffReplaced,
} from '@/lib/content/handoff';
import { extensionGone, sendToBackground } from '@/lib/send';

/** Elements a person works with; a click elsewhere (reading, selecting text) wakes nothing. */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role], [contenteditable], [tabindex]';

/**
 * Where the pointer arrives a moment before a person fills something in or presses send. The
 * detectors take tens of milliseconds to start, a few hundred when the background has to wake,
 * and the events they replay are read after the page reacted to them (a vote replaced by "Thank
 * you", a composer emptied). Asked for as the pointer comes in, they are running by the click.
 */
const WORK_AREA =
  'form, button, input, select, textarea, label, [contenteditable], [role="button"], [role="radio"], [role="checkbox"], [role="slider"], [role="textbox"]';

/**
 * Addresses of order, booking and payment confirmations, often reached by a redirect with no
 * input on them: there the detectors are asked for at once, to close a task begun on earlier pages.
 */
const CONFIRMATION =
  /thank|merci|danke|gracias|grazie|confirm|conferm|best(a|ae|%c3%a4)tig|success|complet|finish|receiv|wc_order_/i;

function looksLikeWork(event: Event): boolean {
  if (event.type === 'pointerdown' || event.type === 'click') {
    return event.target instanceof Element && event.target.closest(INTERACTIVE) !== null;
  }
  return true;
}

/** Whether this sentinel has been left behind: the extension reloaded, or a newer sentinel took the frame. */
function retired(state: Handoff): boolean {
  return extensionGone() || handoffReplaced(state);
}

/**
 * The sentinel: the only script on every page. It costs a few listeners until the person
 * does something that may be work, then asks the background for the detectors and keeps
 * the events they will replay (lib/content/handoff.ts). A top page whose address looks like
 * a confirmation asks for them at once.
 *
 * It is an unlisted script that wxt.config.ts declares as a content script, not a WXT content
 * script: those carry WXT's context and the WebExtension polyfill, which cost every page
 * load about 3 ms of script time; this one needs neither (`npm run bench`, "Page cost").
 */
export default defineUnlistedScript(() => {
  const state = freshHandoff();
  // Once the detectors run, the sentinel has nothing left to do: it stops listening.
  const listening = new AbortController();
  // Pointer moves come by the dozen on any page read with a mouse: heard only until the detectors are asked for.
  const approaching = new AbortController();
  const stop = () => {
    listening.abort();
    approaching.abort();
  };
  state.release = stop;
  let requested = false;
  const request = () => {
    requested = true;
    approaching.abort();
    sendToBackground({ type: 'start-detectors' }).then(
      (reply) => {
        if (!reply.ok) state.taken = true; // recording is off here: keep nothing
      },
      () => {
        requested = false; // the extension was reloading: ask again on the next event
        state.events.length = 0;
      },
    );
  };
  const keep = (event: Event) => {
    // An orphan left by a reload or update must not throw into the page's console: it goes quietly.
    if (state.taken || retired(state)) return stop();
    if (!event.isTrusted) return;
    if (!requested) {
      if (!looksLikeWork(event)) return;
      request();
    }
    if (state.events.length < HANDOFF_MAX_EVENTS) state.events.push({ event, target: event.target });
  };
  const { signal } = listening;
  for (const type of HANDOFF_EVENT_TYPES) window.addEventListener(type, keep, { capture: true, passive: true, signal });
  const approach = (event: PointerEvent) => {
    if (!event.isTrusted) return;
    if (state.taken || retired(state)) return stop();
    if (event.target instanceof Element && event.target.closest(WORK_AREA)) request();
  };
  window.addEventListener('pointerover', approach, { capture: true, passive: true, signal: approaching.signal });
  // Writing in a rich-text editor's frame (TinyMCE) reaches this document by one sign only:
  // the window losing the focus to that frame (which Firefox names only after the blur).
  window.addEventListener(
    'blur',
    (event) => {
      if (event.target !== window) return;
      setTimeout(() => {
        const frame = document.activeElement;
        if (!signal.aborted && frame instanceof HTMLIFrameElement && frame.contentDocument) keep(event);
      }, 0);
    },
    { signal },
  );
  if (window === window.top && CONFIRMATION.test(location.pathname + location.search)) request();
});
