import { buttonName } from './shared/dom';
import { helpfulWidgetOf, isSurvey } from './shared/feedback';
import { isDisabled } from './shared/regions';
import { onSurveyPlatform } from './shared/survey-platforms';
import { wordsPattern } from './shared/text';
import { defineDetector } from './types';

/**
 * "Was this helpful?" widgets of help centres and documentation, on any site: a vote (Yes/No,
 * thumbs, emoji reactions, a number) in a small block asking whether the page helped —
 * Zendesk's article votes, Intercom's reactions, Freshdesk, Microsoft Learn, Apple Support,
 * MDN. One answer per widget and page: changing one's vote is not a second answer.
 */
const VOTE_CONTROL_SELECTOR = 'button, [role="button"], [role="radio"], input[type="radio"], a[href]';
const VOTE_WORDS = wordsPattern(
  [
    'yes',
    'no',
    'oui',
    'non',
    'ja',
    'nein',
    'si',
    'not really',
    'pas vraiment',
    'thumbs up',
    'thumbs down',
    'like',
    'dislike',
    'upvote',
    'downvote',
    'reaction',
  ],
  ['helpful', 'useful', 'utile', 'hilfreich', 'util', 'daumen', 'pouce', 'reaction'],
);
const MAX_VOTE_NAME = 40;
/** Yes/No, thumbs, three faces: a widget with more choices is a rating scale, a survey's question. */
const MAX_VOTES = 4;

/** Whether a control casts a vote: its name is an answer, an emoji or a number; or it is a radio or toggle. */
function isVote(control: Element): boolean {
  const name =
    buttonName(control) || (control instanceof HTMLInputElement ? (control.labels?.[0]?.textContent ?? '') : '');
  if (control.matches('[role="radio"], input[type="radio"], [aria-pressed]')) return true;
  if (name.length === 0 || name.length > MAX_VOTE_NAME) return false;
  return (
    VOTE_WORDS.test(name) || /^\d{1,2}$/.test(name) || /^\p{Extended_Pictographic}+$/u.test(name.replace(/\s/g, ''))
  );
}

export default defineDetector({
  id: 'helpful-vote',
  category: 'feedback',
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && !onSurveyPlatform(url),
  start(ctx) {
    const answered = new WeakSet<Element>();

    const vote = (event: Event) => {
      const control = event.target instanceof Element ? event.target.closest(VOTE_CONTROL_SELECTOR) : null;
      if (!control || isDisabled(control) || !isVote(control)) return;
      const widget = helpfulWidgetOf(control);
      if (!widget || answered.has(widget)) return;
      if ([...widget.querySelectorAll(VOTE_CONTROL_SELECTOR)].filter(isVote).length > MAX_VOTES) return;
      const form = control.closest('form');
      if (form && isSurvey(form)) return;
      answered.add(widget);
      const clock = ctx.newClock();
      clock.input(event.timeStamp);
      ctx.record({ kind: 'feedback.helpful_voted', units: { answers: 1 }, clock });
    };

    ctx.onTrusted(ctx.document, 'click', vote, { capture: true, passive: true });
    ctx.onTrusted(ctx.document, 'change', vote, { capture: true, passive: true });

    return () => {};
  },
});

// Made for: article votes of Zendesk help centres (support.zendesk.com/hc/…/articles/…),
// Intercom help centres ("Did this answer your question?"), Freshdesk knowledge bases,
// learn.microsoft.com ("Was this page helpful?"), support.apple.com, developer.mozilla.org,
// and their French, German and Spanish versions ("Cet article vous a-t-il été utile ?",
// "War dieser Artikel hilfreich?", "¿Te ha resultado útil?").
