import { defineReviewSite } from './shared/review-editor';
import { onDomains } from './shared/sites';

const sites = [
  ...onDomains('www.tripadvisor', [
    'com',
    'fr',
    'de',
    'co.uk',
    'es',
    'it',
    'nl',
    'ie',
    'at',
    'in',
    'jp',
    'se',
    'dk',
    'pt',
  ]),
  ...onDomains('www.tripadvisor', ['ca', 'be', 'ch', 'com.au', 'co.nz', 'com.br', 'com.mx', 'com.tr', 'com.sg']),
  ...onDomains('*.tripadvisor', ['ca', 'be', 'ch']),
];

/**
 * Tripadvisor reviews of hotels, restaurants and attractions (/UserReviewEdit-g…-d…).
 * The overall rating is a row of five "bubbles" (radios in a radio group, or the older
 * #bubble_rating span with `data-value`); the title and the text are counted. The form is
 * sent with a script and gives way to a thank-you step ("Thanks for sharing", "Merci pour
 * votre avis"): that step, or the form closing, is the confirmation.
 */
export default defineReviewSite('tripadvisor-review', sites, {
  editor: 'form',
  stars: '[data-test-target="review-rating"] [role="radio"], #bubble_rating',
  submit: '[data-test-target="submit-review"], #SUBMIT, button[type="submit"]',
  thanks: '[data-test-target="review-thank-you"], #thank_you',
  texts: 'textarea, [data-test-target="review-title"] input, input#ReviewTitle',
});

// Made for: https://www.tripadvisor.com/UserReviewEdit-g187147-d…-Name-Paris_Ile_de_France.html
// and the same path on the country domains above (fr.tripadvisor.ca, nl.tripadvisor.be…).
