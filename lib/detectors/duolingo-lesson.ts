import { isDisabled, watchFor } from './shared/regions';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Duolingo lessons (www.duolingo.com, a single-page app): each exercise the learner answers —
 * a press of "Check" (`data-test="player-next"`, or Enter) while an exercise
 * (`data-test="challenge challenge-<type>"`) is on screen and no verdict (`data-test="blame …"`)
 * is shown yet, or "Continue" after a match-the-pairs exercise, which has no "Check" — counts
 * as a task; the characters of translations the learner typed (translate exercises, whose
 * sentences Duolingo has reused) are counted too. The lesson is recorded when its end screen
 * (`data-test="session-complete-slide"`) appears; a lesson left half-way records nothing.
 * "Skip" and "Can't listen now" are not answers.
 */
const SITES = ['*://www.duolingo.com/*'];
const CHALLENGE_SELECTOR = '[data-test^="challenge "]';
const CHECK_SELECTOR = '[data-test="player-next"]';
const VERDICT_SELECTOR = '[data-test^="blame"]';
const END_SELECTOR = '[data-test="session-complete-slide"]';
const TYPED_ANSWER_SELECTOR = '[data-test="challenge-translate-input"], [data-test="challenge-text-input"]';
const TRANSLATION = /translat/i;

function typedLength(challenge: Element): number {
  const field = challenge.querySelector(TYPED_ANSWER_SELECTOR);
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value.trim().length : 0;
}

export default defineDetector({
  id: 'duolingo-lesson',
  category: 'play',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    let clock = ctx.newClock();
    let exercises = 0;
    let translatedChars = 0;
    /** The exercise whose answer was last checked: a second press on it is "Continue". */
    let checked: Element | null = null;

    const check = (event: Event) => {
      const challenge = ctx.document.querySelector(CHALLENGE_SELECTOR);
      const button = ctx.document.querySelector(CHECK_SELECTOR);
      if (!challenge || !button || isDisabled(button)) return;
      if (ctx.document.querySelector(VERDICT_SELECTOR)) {
        checked = null; // "Continue" after a verdict: the next exercise comes
        return;
      }
      if (challenge === checked) return;
      checked = challenge;
      clock.input(event.timeStamp);
      exercises += 1;
      if (TRANSLATION.test(challenge.getAttribute('data-test') ?? '')) translatedChars += typedLength(challenge);
    };

    ctx.onTrusted(
      ctx.document,
      'click',
      (event) => {
        if (event.target instanceof Element && event.target.closest(CHECK_SELECTOR)) check(event);
      },
      { capture: true },
    );
    ctx.onTrusted(
      ctx.document,
      'keydown',
      (event) => {
        if (event.key === 'Enter' && !event.isComposing) check(event);
      },
      { capture: true },
    );
    for (const type of ['pointerdown', 'keydown'] as const) {
      ctx.onTrusted(
        ctx.document,
        type,
        (event) => {
          if (event.target instanceof Element && event.target.closest(CHALLENGE_SELECTOR)) clock.input(event.timeStamp);
        },
        { capture: true, passive: true },
      );
    }

    watchFor(
      ctx.document,
      END_SELECTOR,
      () => {
        if (exercises === 0) return;
        ctx.record({ kind: 'play.lesson_completed', units: { tasks: exercises, chars: translatedChars }, clock });
        clock = ctx.newClock();
        exercises = 0;
        translatedChars = 0;
        checked = null;
      },
      ctx.signal,
    );

    return () => {};
  },
});

// Made for: https://www.duolingo.com/lesson, /lesson/unit/<n>/level/<n>, /practice,
// /legendary/…, /alphabets/… — the lesson player of every course (languages, math, music).
