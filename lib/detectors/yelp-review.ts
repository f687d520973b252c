import { defineReviewSite } from './shared/review-editor';
import { onDomains } from './shared/sites';

const sites = onDomains('*.yelp', [
  'com',
  'ca',
  'co.uk',
  'fr',
  'de',
  'es',
  'it',
  'ie',
  'nl',
  'be',
  'ch',
  'at',
  'pl',
  'se',
  'dk',
  'no',
  'pt',
  'com.au',
  'co.nz',
  'com.br',
  'com.mx',
  'co.jp',
]);

/**
 * Yelp business reviews (/writeareview/biz/<id>). The star picker is a radio group of five
 * stars (radio inputs or `role="radio"` elements labelled "1 star"…"5 stars"); the text is
 * counted. Yelp posts the review with a script and moves on to its post-review page
 * without reloading (the address changes) or shows its confirmation: either is the
 * confirmation; an error message keeps the editor open and records nothing.
 */
export default defineReviewSite('yelp-review', sites, {
  editor: 'form',
  stars: '[role="radiogroup"] input[type="radio"], [role="radiogroup"] [role="radio"]',
  submit: 'button[type="submit"]',
  thanks: '[data-testid*="review-success" i], [data-testid*="thank" i]',
});

// Made for: https://www.yelp.com/writeareview/biz/<business id>?return_url=… (and
// fr.yelp.ca, www.yelp.fr, www.yelp.de… with the same path).
