import { defineReviewSite } from './shared/review-editor';

const sites = ['*://www.imdb.com/*', '*://m.imdb.com/*', '*://contribute.imdb.com/*'];

/**
 * IMDb ratings and user reviews. Rating a title opens a prompt (a dialog) with ten star
 * buttons labelled "Rate 1"…"Rate 10" and a "Rate" button; the prompt closes once IMDb has
 * stored the rating, and that closing is the confirmation (rating without text:
 * `review.rated`, stars out of ten). The user-review form (contribute.imdb.com/review/…)
 * has the same star bar, a headline and a text; it counts when the form gives way to IMDb's
 * confirmation or closes after "Submit".
 */
export default defineReviewSite('imdb-review', sites, {
  editor: '[role="dialog"], form',
  stars: '.ipc-starbar__rating__button, button[aria-label^="Rate "]',
  submit: '.ipc-rating-prompt__rate-button, button[type="submit"]',
  thanks: '[data-testid*="confirmation" i], [data-testid*="thank" i]',
});

// Made for: https://www.imdb.com/title/tt…/ (the "Rate" prompt of the rating bar, also on
// lists and charts) and https://contribute.imdb.com/review/tt…/add (user reviews).
