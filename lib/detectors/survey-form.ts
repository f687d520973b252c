import { isSurvey } from './shared/feedback';
import { ANSWER_CONTROL_SELECTOR, questionsIn } from './shared/questions';
import { formOf, rememberedFor } from './shared/regions';
import { onInputs, onSends, type Session, sessionsOf } from './shared/sessions';
import { type Step, stepOf } from './shared/steps';
import { onSurveyPlatform } from './shared/survey-platforms';
import { defineDetector, type FlowProgress } from './types';

/**
 * Satisfaction and opinion surveys on any site, from standard markup: a form (or a
 * script-driven block) that says it is a survey or holds rating scales — radio-button grids,
 * Likert and NPS scales — sent by the person. A survey over several pages ("Next" … "Submit",
 * LimeSurvey's `movenext` / `movesubmit`) carries its answers and time from page to page with
 * the context's `flow` and is recorded once, when the last page is sent. Answers are the
 * questions answered. The survey platforms with detectors of their own are left to them.
 */

interface SurveySession extends Session {
  answers: number;
  /** Questions already counted on an earlier "Next" of this page (one shown again after a refusal). */
  counted: WeakSet<Element>;
}

/** The survey a control belongs to: its form, or the block holding questions and a "Next" or "Submit" button. */
function regionOf(el: Element): Element | null {
  return formOf(
    el,
    (button) => stepOf(button) !== null,
    (block) => questionsIn(block).length > 0,
  );
}

/** The button that sent a form: the one clicked, or the default one for Enter in a field. */
function submitterOf(event: SubmitEvent, form: HTMLFormElement): Element | null {
  return event.submitter ?? form.querySelector('button:not([type]), button[type="submit"], input[type="submit"]');
}

export default defineDetector({
  id: 'survey-form',
  category: 'feedback',
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && !onSurveyPlatform(url),
  start(ctx) {
    const sessions = sessionsOf<SurveySession>(ctx, () => ({ answers: 0, counted: new WeakSet() }));
    /** Progress of the survey's earlier pages; undefined until asked for, on the first answer. */
    let carried: FlowProgress | null | undefined;

    const advance = (region: Element, step: Step, event: Event) => {
      const session = sessions.get(region);
      if (step === 'back' || !session || !isSurvey(region)) return;
      session.clock.input(event.timeStamp);
      for (const question of questionsIn(region)) {
        if (question.answered() && !session.counted.has(question.anchor)) {
          session.counted.add(question.anchor);
          session.answers += 1;
        }
      }
      const answers = (carried?.units.answers ?? 0) + session.answers;
      if (answers === 0) return;
      if (step === 'next') {
        const now = Date.now();
        ctx.flow.save({
          startedAt: Math.min(carried?.startedAt ?? now, session.clock.startedAt ?? now),
          activeMs: (carried?.activeMs ?? 0) + session.clock.active,
          units: { answers },
        });
        return;
      }
      ctx.record({ kind: 'feedback.survey_completed', units: { answers }, clock: session.clock, carried });
      ctx.flow.end();
      sessions.end(region);
      carried = null;
    };

    const regionWhileAnswering = rememberedFor((target) => {
      const control = target.closest(ANSWER_CONTROL_SELECTOR);
      return control ? regionOf(control) : null;
    });
    const isSurveyWhileAnswering = rememberedFor(isSurvey);
    onInputs(ctx, (event) => {
      const region = event.target instanceof Element ? regionWhileAnswering(event.target, event.timeStamp) : null;
      if (!region || !(sessions.get(region) || isSurveyWhileAnswering(region, event.timeStamp))) return;
      sessions.touch(region, event);
      if (carried === undefined) {
        carried = null;
        void ctx.flow.resume().then((progress) => {
          carried = progress;
        });
      }
    });
    onSends(ctx, {
      // A button whose name says nothing ("→") only moves on: the survey is recorded once its
      // last page is plainly sent.
      form(form, event) {
        const submitter = submitterOf(event, form);
        advance(form, (submitter && stepOf(submitter)) ?? 'next', event);
      },
      button(button, event) {
        const step = stepOf(button);
        const region = step ? regionOf(button) : null;
        if (step && region) advance(region, step, event);
      },
    });

    return () => sessions.clear();
  },
});

// Made for: satisfaction and NPS surveys built with standard forms — LimeSurvey
// (<host>/index.php/<survey id>), Alchemer, SoGoSurvey, shops' and transport operators'
// after-purchase questionnaires ("Enquête de satisfaction", "Kundenzufriedenheit",
// "Encuesta de satisfacción") — and embedded feedback blocks with a scale and a "Send" button.
