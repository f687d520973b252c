import { fieldLength, textFields, watchComposers, written } from './shared/composer';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Answers on Stack Overflow and the other Stack Exchange sites: the "Your Answer" form under
 * a question (form#post-form, posted to /questions/<id>/answer/submit) and its "Post Your
 * Answer" button. Questions (/questions/ask/submit) and edits have other forms. The site
 * checks the answer before taking it: one it refuses stays in the editor and counts nothing.
 */
const SITES = [
  '*://*.stackoverflow.com/*',
  '*://*.stackexchange.com/*',
  '*://*.superuser.com/*',
  '*://*.serverfault.com/*',
  '*://*.askubuntu.com/*',
  '*://*.mathoverflow.net/*',
  '*://*.stackapps.com/*',
] as const;

const ANSWER_FORM = 'form[action*="/answer/submit"]';

export default defineDetector({
  id: 'stack-exchange',
  category: 'support',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf: (el) => el.closest(ANSWER_FORM),
      isSendButton: (button) => button.matches('#submit-button'),
      // The Markdown textarea and the rich-text editor hold the same answer: count it once.
      measure: (form) => written('support.answered', Math.max(0, ...textFields(form).map(fieldLength))),
    });
  },
});

// Made for: https://stackoverflow.com/questions/…, https://superuser.com/questions/…,
// https://law.stackexchange.com/questions/…, https://askubuntu.com/questions/… (the answer form).
