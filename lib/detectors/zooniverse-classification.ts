import { buttonName } from './shared/dom';
import { isDisabled } from './shared/regions';
import { matchesSites } from './shared/sites';
import { wordsPattern } from './shared/text';
import { defineDetector } from './types';

/**
 * Zooniverse classifications (www.zooniverse.org/projects/<owner>/<project>/classify): the
 * classifier's task area is a form whose last buttons are "Done" and "Done & Talk" (a link to
 * the subject's Talk page, `…/talk/subjects/<id>`); "Next" only moves to the workflow's next
 * task. A classification is submitted with "Done" or "Done & Talk" — in the project's
 * language: "Valider", "Fertig", "Listo"… — after the volunteer answered or marked something.
 */
const SITES = ['*://www.zooniverse.org/projects/*'];
const DONE_WORDS = wordsPattern([
  'done',
  'valider',
  'termine',
  'fertig',
  'listo',
  'hecho',
  'fatto',
  'klaar',
  'klar',
  'concluido',
  'pronto',
  'gotowe',
  'valmis',
]);
const DONE_AND_TALK_SELECTOR = 'a[href*="/talk/subjects/"]';
/** Answers in the task form, or marks drawn on the subject (the viewer is an SVG). */
const ANSWER_OR_MARK_SELECTOR = 'form input, form textarea, form select, form label, svg, canvas';

/** Whether a click submits the classification: "Done" in the task form, or "Done & Talk". */
function isDone(target: Element): boolean {
  const talk = target.closest(DONE_AND_TALK_SELECTOR);
  if (talk?.closest('form')) return !isDisabled(talk);
  const button = target.closest('form button');
  return button !== null && !isDisabled(button) && DONE_WORDS.test(buttonName(button));
}

export default defineDetector({
  id: 'zooniverse-classification',
  category: 'play',
  sites: SITES,
  matches: (url) => matchesSites(SITES)(url) && url.pathname.includes('/classify'),
  start(ctx) {
    let clock = ctx.newClock();
    let marked = false;

    const onWork = (event: Event) => {
      if (!(event.target instanceof Element) || isDone(event.target)) return;
      clock.input(event.timeStamp);
      if (event.target.closest(ANSWER_OR_MARK_SELECTOR)) marked = true;
    };
    for (const type of ['pointerdown', 'keydown', 'change'] as const) {
      ctx.onTrusted(ctx.document, type, onWork, { capture: true, passive: true });
    }

    ctx.onTrusted(
      ctx.document,
      'click',
      (event) => {
        if (!(event.target instanceof Element) || !isDone(event.target) || !marked) return;
        clock.input(event.timeStamp);
        ctx.record({ kind: 'play.classified', units: { tasks: 1 }, clock });
        clock = ctx.newClock();
        marked = false;
      },
      { capture: true },
    );

    return () => {};
  },
});

// Made for: https://www.zooniverse.org/projects/<owner>/<project>/classify and
// …/classify/workflow/<id> (Galaxy Zoo, Snapshot Serengeti, Planet Hunters TESS, Notes from Nature…).
