import { defineReviewSite } from './shared/review-editor';
import { onDomains } from './shared/sites';

const sites = onDomains('www.amazon', [
  'com',
  'fr',
  'de',
  'co.uk',
  'es',
  'it',
  'ca',
  'co.jp',
  'com.au',
  'nl',
  'com.be',
  'com.mx',
  'com.br',
  'in',
  'se',
  'pl',
  'com.tr',
  'ae',
  'sg',
  'sa',
]);

/**
 * Amazon product reviews and star ratings ("Review your purchases", /review/create-review).
 * The stars are buttons whose chosen state shows only in their images, so the star clicked
 * counts; the title and the text are counted. Amazon sends the review with a script and
 * then shows its "Review submitted - Thank you" alert in the page: that alert is the
 * confirmation (a review refused for a missing star or a too short text shows no alert).
 * The whole page (#a-page) is the editor because the send button sits outside the form's card.
 */
export default defineReviewSite('amazon-review', sites, {
  editor: '#a-page, body',
  stars: '[data-hook="ryp-star"], .ryp__star__button',
  submit: '[data-hook="ryp-review-submit-button"] button, .ryp__submit-button-card__card-frame button',
  thanks: '.ryp__thank-you-alert, .ryp__thank-you-title, [data-hook^="ryp-thank-you"]',
  texts:
    '#scarface-review-title-label, #scarface-review-text-card-title, [data-hook="ryp-review-title-input"], [data-hook="ryp-review-text-input"] textarea',
});

// Made for: https://www.amazon.fr/review/create-review?asin=… (and the same path on every
// country domain above), reached from "Écrire un commentaire client" or "Vos commandes".
