import { isCtrlEnter, textLength, watchComposers, written } from './shared/composer';
import { matchesSites } from './shared/sites';
import { closestAcross } from './shared/tree';
import { defineDetector } from './types';

/**
 * Comments on Reddit, where people answer each other's questions: the comment box under a
 * post or a comment (comment-composer-host, whose shreddit-composer holds a rich-text
 * editor and a button in its submit-button slot), and old Reddit's reply forms
 * (form.usertext). Editing one's own comment reuses old Reddit's form around the comment's
 * text (.usertext-body): not a new comment. Posts are reddit-post's.
 */
export const REDDIT_SITES = ['*://*.reddit.com/*'] as const;

function composerOf(el: Element): Element | null {
  const box = closestAcross(el, 'comment-composer-host, form.usertext');
  return box && !box.querySelector('.usertext-body') ? box : null;
}

export default defineDetector({
  id: 'reddit-comment',
  category: 'support',
  sites: REDDIT_SITES,
  matches: matchesSites(REDDIT_SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf,
      isSendButton: (button) => button.matches('[slot="submit-button"], [type="submit"]'),
      sendsOnKey: isCtrlEnter,
      measure: (composer) => written('support.commented', textLength(composer)),
    });
  },
});

// Made for: https://www.reddit.com/r/<subreddit>/comments/<id>/<slug>/ (new Reddit's comment
// composer) and https://old.reddit.com/r/<subreddit>/comments/<id>/ (its reply forms).
