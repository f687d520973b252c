import type { ActivityClock } from '../../activity-clock';
import type { DetectorContext, FlowProgress } from '../types';

/**
 * CAPTCHA widgets split their work over two cross-origin frames of the widget's own host:
 * a checkbox frame, the only one to see the widget pass, and a challenge frame where the
 * images are picked. They share the tab's flow: the challenge frame adds each answered
 * round to it, the checkbox frame records the pass with everything the flow holds. A round
 * that failed is still work, so it stays in the flow until the pass that follows it (the
 * flow is per tab and site, and forgotten after two hours without news).
 */

/** Who takes the work, and where the widget says it is embedded. */
export interface Widget {
  /** The widget frame's host: it names the company that profits. */
  via: string;
  /** The embedding page's host as the widget's address states it (see `CompletedWork.embedder`). */
  embedder?: string;
}

/** Records the widget's work: this frame's clock plus everything the challenge frame put in the flow. */
export async function recordFromFlow(
  ctx: DetectorContext,
  kind: string,
  clock: ActivityClock,
  widget: Widget,
): Promise<void> {
  const carried = await ctx.flow.resume();
  ctx.record({ kind, units: carried?.units ?? {}, clock, carried, ...widget });
  ctx.flow.end();
}

/**
 * Enter or Space on a control that is not a native button: the widget's script acts on the
 * key itself. On a native button the key makes a trusted click, which counts instead.
 */
export function activatesByKey(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.key !== ' ') return false;
  return !(event.target instanceof Element && event.target.closest('button, input, a[href]'));
}

function isActivation(event: Event): boolean {
  if (event instanceof KeyboardEvent) return activatesByKey(event);
  return !(event.target instanceof Element && event.target.closest('a[href]'));
}

/**
 * The person's own ticks in a widget's frame (trusted clicks, Enter or Space), timed on a
 * clock that `take()` hands over once the widget says it is satisfied. A tick made before
 * the detectors started reaches them late, when the widget may have answered it already and
 * will change no more: `lookAgain` is then called to see.
 */
export function watchTicks(ctx: DetectorContext, lookAgain: () => void) {
  const startedAt = performance.now();
  let clock: ActivityClock | null = null;
  const onActivation = (event: Event) => {
    if (!isActivation(event)) return;
    clock ??= ctx.newClock();
    clock.input(event.timeStamp);
    if (event.timeStamp < startedAt) lookAgain();
  };
  ctx.onTrusted(ctx.document, 'click', onActivation, { capture: true, passive: true });
  ctx.onTrusted(ctx.document, 'keydown', onActivation, { capture: true, passive: true });
  return {
    get ticked(): boolean {
      return clock !== null;
    },
    take(): ActivityClock | null {
      const taken = clock;
      clock = null;
      return taken;
    },
  };
}

/**
 * The checkbox frame: the person ticks the box, the widget marks it checked once it is
 * satisfied, with or without a challenge in between. Only a pass that follows the person's
 * own tick is recorded; the widget's script alone records nothing.
 */
export function watchCheckbox(ctx: DetectorContext, checkbox: string, widget: Widget): () => void {
  const doc = ctx.document;
  const check = () => {
    if (!ticks.ticked || doc.querySelector(checkbox)?.getAttribute('aria-checked') !== 'true') return;
    const clock = ticks.take();
    if (clock) void recordFromFlow(ctx, 'captcha.solved', clock, widget);
  };
  const ticks = watchTicks(ctx, check);
  const observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { subtree: true, attributes: true, attributeFilter: ['aria-checked'] });
  return () => observer.disconnect();
}

/**
 * The challenge frame's rounds. The clock starts when a set of images appears: the person
 * looks at them before the first click, and that is work (a silence longer than the idle gap
 * still counts nothing). Each answer (Verify, Next, Skip) closes a round and adds it, with
 * the images picked and the time since the last answer, to the tab's flow.
 */
export function challengeRounds(ctx: DetectorContext) {
  const clock = ctx.newClock();
  let replaced = 0;
  let activeInFlow = 0;
  return {
    clock,
    /** A new set of images (or an audio challenge) is in front of the person. */
    shown(at?: number) {
      clock.input(at);
    },
    input(at: number) {
      clock.input(at);
    },
    /** A picked image that the widget took away and replaced by a new one. */
    replacedPick() {
      replaced += 1;
    },
    /** The round's answer, with the images still shown as picked when it was sent. */
    answer(at: number, picked = 0) {
      clock.input(at);
      const images = picked + replaced;
      const part: FlowProgress = {
        startedAt: clock.startedAt ?? Date.now(),
        activeMs: clock.active - activeInFlow,
        units: images > 0 ? { rounds: 1, images } : { rounds: 1 },
      };
      activeInFlow = clock.active;
      replaced = 0;
      ctx.flow.add(part);
    },
  };
}

/** How a widget's challenge frame is built. */
export interface ChallengeMarkup {
  /** A picture the person picks or unpicks. */
  tile: string;
  /** A tile shown as picked: those present when the answer is sent are the round's images. */
  picked: string;
  /** A picked tile the widget fades out and replaces ("click until none are left"): each counts once. */
  replaced?: string;
  /** The button that sends the round's answer (Verify, Next, Skip). */
  answer: string;
  /** A set of images or an audio challenge: each new one is something new to look at. */
  challenge: string;
}

/**
 * Follows the person through a challenge frame; the returned rounds stop with the detector.
 * Picks are read from the widget's markup, not from the clicks: a click the detectors see
 * late (replayed once they have loaded) must not be taken for an unpick.
 */
export function watchChallenge(ctx: DetectorContext, markup: ChallengeMarkup) {
  const rounds = challengeRounds(ctx);
  const { replaced } = markup;
  const onTile = (tile: Element) => {
    if (!replaced || tile.matches(replaced)) return;
    // The widget marks the tile in its own click handler, which runs after this one.
    const timer = setTimeout(() => {
      if (tile.matches(replaced)) rounds.replacedPick();
    }, 0);
    ctx.signal.addEventListener('abort', () => clearTimeout(timer));
  };
  /** A click, or a key that acts like one on the widget's own controls; other keys are just activity. */
  const onAction = (event: Event, activates: boolean) => {
    const target = event.target instanceof Element ? event.target : null;
    if (activates && target?.closest(markup.answer)) {
      rounds.answer(event.timeStamp, ctx.document.querySelectorAll(markup.picked).length);
      return;
    }
    rounds.input(event.timeStamp);
    const tile = activates ? target?.closest(markup.tile) : null;
    if (tile) onTile(tile);
  };
  ctx.onTrusted(ctx.document, 'click', (event) => onAction(event, true), { capture: true, passive: true });
  ctx.onTrusted(ctx.document, 'keydown', (event) => onAction(event, activatesByKey(event)), {
    capture: true,
    passive: true,
  });
  ctx.signal.addEventListener(
    'abort',
    watchNewElements(ctx.document, markup.challenge, () => rounds.shown()),
  );
  return rounds;
}

/** Calls `onNew` each time a new element matches `selector` (a set of images replacing the last); returns the disconnect. */
export function watchNewElements(doc: Document, selector: string, onNew: () => void): () => void {
  let last: Element | null = null;
  const check = () => {
    const current = doc.querySelector(selector);
    if (current && current !== last) onNew();
    last = current;
  };
  const observer = new MutationObserver(check);
  observer.observe(doc.documentElement, { subtree: true, childList: true });
  check();
  return () => observer.disconnect();
}
