import type { FlowProgress } from '../types';
import { type Detector, defineDetector } from '../types';
import { answersToQuestion } from './questions';
import { isDisabled, outermost, watchFor } from './regions';
import { matchesSites } from './sites';

/**
 * The shape shared by the detectors of survey platforms (Qualtrics, SurveyMonkey, Typeform,
 * Google Forms): each names its markup, this runs the survey. Answers are read question by
 * question as the person gives them; moving to the next page saves the progress with the
 * context's `flow`, so that a survey whose pages are separate documents is recorded once, at
 * the end, with its whole time and every answer. The end is the platform's thank-you screen,
 * drawn in place or on a page of its own.
 */
export interface SurveyPlatform {
  id: string;
  sites: readonly string[];
  /** Containers of one question each. */
  questions: string;
  /** Choices drawn without radio or checkbox semantics: a click on one answers its question. */
  choices?: string;
  /** Buttons that move on: to the next page, or submitting the last one. */
  advance: string;
  /** The thank-you screen, when the platform draws it in place. */
  endScreen?: string;
  /** A page that is itself the end of the survey, reached by a navigation. */
  isEndPage?: (doc: Document, url: URL) => boolean;
}

/** A question's stable name when the platform gives one, so a page drawn again is not counted twice. */
function questionKey(question: Element): string | Element {
  return question.id || question.getAttribute('data-qa-blockref') || question.getAttribute('data-item-id') || question;
}

export function defineSurveyPlatform(platform: SurveyPlatform): Detector {
  return defineDetector({
    id: platform.id,
    category: 'feedback',
    sites: platform.sites,
    matches: matchesSites(platform.sites),
    start(ctx) {
      const clock = ctx.newClock();
      const answers = new Map<string | Element, number>();
      const chosen = new Set<string | Element>();
      let carried: FlowProgress | null = null;
      let finished = false;
      const resumed = ctx.flow.resume().then((progress) => {
        carried = progress;
      });

      const answersSoFar = () => (carried?.units.answers ?? 0) + [...answers.values()].reduce((a, b) => a + b, 0);
      const progress = (): FlowProgress => {
        const now = Date.now();
        return {
          startedAt: Math.min(carried?.startedAt ?? now, clock.startedAt ?? now),
          activeMs: (carried?.activeMs ?? 0) + clock.active,
          units: { answers: answersSoFar() },
        };
      };

      const readAnswer = (question: Element) => {
        const key = questionKey(question);
        answers.set(key, Math.max(answersToQuestion(question), chosen.has(key) ? 1 : 0));
      };
      const questionOf = (target: Element) =>
        outermost(ctx.document.querySelectorAll(platform.questions)).find((q) => q.contains(target));

      const finish = async () => {
        if (finished) return;
        finished = true;
        await resumed;
        if (answersSoFar() > 0) {
          ctx.record({ kind: 'feedback.survey_completed', units: { answers: answersSoFar() }, clock, carried });
        }
        ctx.flow.end();
      };

      const onWork = (event: Event) => {
        if (!(event.target instanceof Element)) return;
        clock.input(event.timeStamp);
        const question = questionOf(event.target);
        if (!question) return;
        if (event.type === 'click' && platform.choices && event.target.closest(platform.choices)) {
          chosen.add(questionKey(question));
        }
        // The answer is read once the page's own handlers have marked it (aria-checked…).
        setTimeout(() => readAnswer(question), 0);
      };
      for (const type of ['pointerdown', 'keydown', 'change', 'click'] as const) {
        ctx.onTrusted(ctx.document, type, onWork, { capture: true, passive: true });
      }

      ctx.onTrusted(
        ctx.document,
        'click',
        (event) => {
          const button = event.target instanceof Element ? event.target.closest(platform.advance) : null;
          if (!button || isDisabled(button)) return;
          for (const question of outermost(ctx.document.querySelectorAll(platform.questions))) readAnswer(question);
          if (answersSoFar() > 0) ctx.flow.save(progress());
        },
        { capture: true },
      );

      const { endScreen, isEndPage } = platform;
      if ((endScreen && ctx.document.querySelector(endScreen)) || isEndPage?.(ctx.document, ctx.url)) void finish();
      if (endScreen) watchFor(ctx.document, endScreen, () => void finish(), ctx.signal);

      return () => {
        answers.clear();
        chosen.clear();
      };
    },
  });
}
