import { defineReviewSite } from './shared/review-editor';

const sites = ['*://www.allocine.fr/*', '*://mon.allocine.fr/*'];

/**
 * Allociné spectator ratings and reviews ("critique spectateur") of films and series. The
 * rating opens in a modal with ten half stars (0,5 to 5, read from `data-rating` or their
 * labels and rounded to whole stars); the critique is written in the same modal. Allociné
 * saves with a script and closes the modal or shows its thank-you message: either is the
 * confirmation. A rating given without a critique is `review.rated`.
 */
export default defineReviewSite('allocine-review', sites, {
  editor: '[role="dialog"], form',
  stars: '[data-rating], .rating-star',
  submit: 'button[type="submit"], .js-submit-review',
  thanks: '.review-confirmation, [data-testid*="thank" i]',
});

// Made for: https://www.allocine.fr/film/fichefilm_gen_cfilm=….html and
// https://www.allocine.fr/film/fichefilm-…/critiques/spectateurs/ ("Donner mon avis"), and
// the same on series pages.
