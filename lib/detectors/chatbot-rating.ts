import type { ActivityClock } from '../activity-clock';
import { buttonOf, hasUserActivation, TEXT_FIELD_SELECTOR, writtenLength } from './shared/dom';
import { matchesSites } from './shared/sites';
import { NOT_SUBMIT_WORDS, normalize, SUBMIT_WORDS, wordsPattern } from './shared/text';
import { defineDetector } from './types';

/**
 * Rating a chatbot's answers on the main AI chat sites: the thumbs under an answer
 * (`ai.rated`), the "which response do you prefer?" comparisons (`ai.compared`), and the
 * feedback form that may follow a thumb, when the person sends it with a reason typed or
 * ticked (`ai.explained`). Each is a label for training the company's model. The time spent
 * reading the answers is not counted: reading them is also the person's own use of the chat.
 */
const SITES = [
  'https://chatgpt.com/*',
  'https://chat.openai.com/*',
  'https://claude.ai/*',
  'https://gemini.google.com/*',
  'https://copilot.microsoft.com/*',
  'https://chat.mistral.ai/*',
  'https://www.perplexity.ai/*',
  'https://perplexity.ai/*',
];

/** Thumbs and their names, in English, French, German and Spanish (test ids and icon names included). */
const RATING = wordsPattern([
  'good response',
  'bad response',
  'thumbs up',
  'thumbs down',
  'thumb up',
  'thumb down',
  'like',
  'dislike',
  'helpful',
  'not helpful',
  'positive feedback',
  'negative feedback',
  'upvote',
  'downvote',
  'bonne reponse',
  'mauvaise reponse',
  "j'aime",
  "je n'aime pas",
  'utile',
  'pas utile',
  'gute antwort',
  'schlechte antwort',
  'gefallt mir',
  'gefallt mir nicht',
  'hilfreich',
  'nicht hilfreich',
  'buena respuesta',
  'mala respuesta',
  'me gusta',
  'no me gusta',
  'util',
  'no es util',
]);
/** "I prefer this response", "Response 1 is better". */
const PREFERENCE = wordsPattern(
  ['is better', 'est meilleure', 'ist besser', 'es mejor'],
  ['prefer', 'bevorzug', 'prefier', 'vorzieh'],
);
/** What a button says about itself, icons included; never the page's text around it. */
function describeButton(button: Element): string {
  const icons = [...button.querySelectorAll('mat-icon, svg, use, i, img')].map((icon) =>
    [
      icon.getAttribute('fonticon'),
      icon.getAttribute('data-mat-icon-name'),
      icon.getAttribute('data-icon'),
      icon.getAttribute('class'),
      icon.getAttribute('href'),
      icon.getAttribute('alt'),
      icon.localName === 'mat-icon' ? icon.textContent : null,
    ].join(' '),
  );
  const parts = [
    button.getAttribute('aria-label'),
    button.getAttribute('title'),
    button.getAttribute('data-testid'),
    button.getAttribute('data-test-id'),
    button.getAttribute('data-tooltip'),
    (button.textContent ?? '').slice(0, 80),
    ...icons,
  ];
  return normalize(parts.filter(Boolean).join(' ').replace(/[_-]+/g, ' ')).slice(0, 400);
}

/** A thumb already down or up: clicking it again takes the rating back. */
function isPressed(button: Element): boolean {
  return (
    button.getAttribute('aria-pressed') === 'true' ||
    button.getAttribute('aria-checked') === 'true' ||
    button.getAttribute('data-state') === 'on'
  );
}

const DIALOG = '[role="dialog"], dialog';
const CHOICE =
  'input[type="checkbox"]:checked, input[type="radio"]:checked, [aria-pressed="true"], [aria-checked="true"]';

export default defineDetector({
  id: 'chatbot-rating',
  category: 'captcha',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    const rated = new WeakSet<Element>();
    /** The feedback form a thumb may open, and the time spent filling it in. */
    let explaining: { clock: ActivityClock } | null = null;

    const rate = (button: Element, event: Event) => {
      const description = describeButton(button);
      const kind = PREFERENCE.test(description) ? 'ai.compared' : RATING.test(description) ? 'ai.rated' : null;
      if (!kind || isPressed(button) || rated.has(button) || !hasUserActivation(ctx.window)) return;
      rated.add(button);
      const clock = ctx.newClock();
      clock.input(event.timeStamp);
      ctx.record({ kind, units: { answers: 1 }, clock });
      if (kind === 'ai.rated') explaining = { clock: ctx.newClock() };
    };

    const explain = (dialog: Element, event: Event) => {
      if (!explaining?.clock.started) return;
      explaining.clock.input(event.timeStamp);
      const chars = [...dialog.querySelectorAll(TEXT_FIELD_SELECTOR)].reduce((sum, f) => sum + writtenLength(f), 0);
      const answers = dialog.querySelectorAll(CHOICE).length;
      if (chars === 0 && answers === 0) return;
      ctx.record({ kind: 'ai.explained', units: { chars, answers }, clock: explaining.clock });
      explaining = null;
    };

    ctx.onTrusted(
      ctx.document,
      'click',
      (event) => {
        const button = buttonOf(event.target);
        if (!button) return;
        const dialog = button.closest(DIALOG);
        if (!dialog) return rate(button, event);
        const name = normalize(button.textContent ?? '');
        if (SUBMIT_WORDS.test(name) && !NOT_SUBMIT_WORDS.test(name)) explain(dialog, event);
        else explaining?.clock.input(event.timeStamp);
      },
      { capture: true },
    );
    for (const type of ['keydown', 'change'] as const) {
      ctx.onTrusted(
        ctx.document,
        type,
        (event) => {
          if (explaining && event.target instanceof Element && event.target.closest(DIALOG)) {
            explaining.clock.input(event.timeStamp);
          }
        },
        { capture: true, passive: true },
      );
    }
    return () => {};
  },
});

// Made for: https://chatgpt.com/c/<id> (answers' "Good response" / "Bad response" buttons,
// data-testid="good-response-turn-action-button", and "Which response do you prefer?"),
// https://claude.ai/chat/<id>, https://gemini.google.com/app/<id> (mat-icon thumb_up /
// thumb_down), https://copilot.microsoft.com/chats/<id> (data-testid …-thumbs-up-…),
// https://chat.mistral.ai/chat/<id> and https://www.perplexity.ai/search/<id>.
