import { isDisabled, rememberedFor } from './shared/regions';
import { defineDetector } from './types';

/**
 * Labelling tasks in Label Studio's interface, on whatever site embeds it. A labelling page
 * cannot be told from any other form by its words, so this relies on the one markup that
 * says what it is: Label Studio's editor, whose every element carries the `lsf-` class
 * namespace, and whose submit button is `button[aria-label="submit"]` (Ctrl+Enter does the
 * same). A task is labelled when the person chose or drew something in the editor and
 * submitted it; "Skip" (`aria-label="skip-task"`) and updates of an earlier answer are not
 * new tasks.
 */
const EDITOR_SELECTOR = '[class*="lsf-"]';
const SUBMIT_SELECTOR = 'button[aria-label="submit"]';
const NOT_LABELLING_SELECTOR = `${SUBMIT_SELECTOR}, [aria-label="skip-task"]`;

export default defineDetector({
  id: 'labelling-task',
  category: 'play',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  start(ctx) {
    let clock = ctx.newClock();
    let labelled = false;

    /** Label Studio's own submit button (its class is in the editor's namespace too). */
    const submitButton = (el: Element | null | undefined) => (el?.closest(EDITOR_SELECTOR) ? el : null);

    const submit = (button: Element | null, event: Event) => {
      if (!labelled || !button || isDisabled(button)) return;
      clock.input(event.timeStamp);
      ctx.record({ kind: 'play.labelled', units: { tasks: 1 }, clock });
      clock = ctx.newClock();
      labelled = false;
    };

    const isInEditor = rememberedFor(
      (el) => el.closest(EDITOR_SELECTOR) !== null && !el.closest(NOT_LABELLING_SELECTOR),
    );

    for (const type of ['pointerdown', 'keydown', 'change'] as const) {
      ctx.onTrusted(
        ctx.document,
        type,
        (event) => {
          const target = event.target;
          if (!(target instanceof Element) || !isInEditor(target, event.timeStamp)) return;
          if (event instanceof KeyboardEvent && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) return;
          clock.input(event.timeStamp);
          labelled = true;
        },
        { capture: true, passive: true },
      );
    }
    ctx.onTrusted(
      ctx.document,
      'click',
      (event) => {
        if (event.target instanceof Element) submit(submitButton(event.target.closest(SUBMIT_SELECTOR)), event);
      },
      { capture: true },
    );
    ctx.onTrusted(
      ctx.document,
      'keydown',
      (event) => {
        if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
        // Label Studio's hot keys work wherever the focus is.
        submit(submitButton(ctx.document.querySelector(SUBMIT_SELECTOR)), event);
      },
      { capture: true },
    );

    return () => {};
  },
});

// Made for: Label Studio projects (labelstud.io, self-hosted <host>/projects/<id>/data?task=<id>,
// Hugging Face Spaces running Label Studio) — image classification, bounding boxes, text
// and audio labelling.
