import { REDDIT_SITES } from './reddit-comment';
import { postOrComment, watchComposers } from './shared/composer';
import { matchesSites } from './shared/sites';
import { closestAcross } from './shared/tree';
import { defineDetector } from './types';

/**
 * Posts on Reddit: the post composer of /submit pages (r-post-composer-form, whose title
 * field and Post button live in shadow roots: r-post-form-submit-button holds
 * #inner-post-submit-button next to "Save Draft") and old Reddit's form#newlink. Measures
 * the title and body written and the photos added.
 */
export default defineDetector({
  id: 'reddit-post',
  category: 'content',
  sites: REDDIT_SITES,
  matches: matchesSites(REDDIT_SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf: (el) => closestAcross(el, 'r-post-composer-form, form#newlink'),
      isSendButton: (button) =>
        button.matches('#inner-post-submit-button, r-post-form-submit-button, form#newlink [name="submit"]'),
      measure: (composer, draft) => postOrComment(composer, draft, false),
    });
  },
});

// Made for: https://www.reddit.com/r/<subreddit>/submit/ and https://www.reddit.com/submit
// (new Reddit), https://old.reddit.com/r/<subreddit>/submit.
