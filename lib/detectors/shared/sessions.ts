import type { ActivityClock } from '../../activity-clock';
import type { DetectorContext } from '../types';
import { buttonOf, hasUserActivation, submitsItsForm } from './dom';
import { isDisabled } from './regions';

/**
 * The parts every form-filling detector shares: listening for the person's inputs, for what
 * sends a form or a script-driven block, and keeping one activity clock per form being filled.
 */

/** Inputs that mean work on a form: keys, choices, pointer, focus (an input event follows a key press, or a change comes). */
const INPUT_EVENTS = ['keydown', 'change', 'pointerdown', 'focusin'] as const;

/** Calls `handler` for every input the person makes on the page. */
export function onInputs(ctx: DetectorContext, handler: (event: Event) => void): void {
  for (const type of INPUT_EVENTS) ctx.onTrusted(ctx.document, type, handler, { capture: true, passive: true });
}

/**
 * Calls `form` when the person submits a form, and `button` when they click an enabled button
 * that does not submit a form natively: the page sends its block with a script. A page can
 * submit a form itself with `requestSubmit()`, which fires a trusted-looking submit event:
 * only one that follows the person's own click or key press counts. (A trusted click is
 * always the person's.)
 */
export function onSends(
  ctx: DetectorContext,
  handlers: {
    form(form: HTMLFormElement, event: SubmitEvent): void;
    button(button: HTMLElement, event: MouseEvent): void;
  },
): void {
  ctx.onTrusted(
    ctx.document,
    'submit',
    (event) => {
      if (event.target instanceof HTMLFormElement && hasUserActivation(ctx.window)) handlers.form(event.target, event);
    },
    { capture: true },
  );
  ctx.onTrusted(
    ctx.document,
    'click',
    (event) => {
      const button = buttonOf(event.target);
      if (button && !submitsItsForm(button) && !isDisabled(button)) handlers.button(button, event);
    },
    { capture: true },
  );
}

/** What a detector keeps about a form being filled in: at least its clock. */
export interface Session {
  clock: ActivityClock;
}

/** One session per form (or block) the person works on, started on the first input. */
export function sessionsOf<S extends Session>(ctx: DetectorContext, create: () => Omit<S, 'clock'>) {
  const sessions = new Map<Element, S>();
  return {
    get: (region: Element): S | undefined => sessions.get(region),
    /** The region's session, started if need be, its clock moved on by the input. */
    touch(region: Element, event: Event): S {
      let session = sessions.get(region);
      if (!session) {
        session = { ...create(), clock: ctx.newClock() } as S;
        sessions.set(region, session);
      }
      session.clock.input(event.timeStamp);
      return session;
    },
    end: (region: Element): void => void sessions.delete(region),
    clear: (): void => sessions.clear(),
  };
}
