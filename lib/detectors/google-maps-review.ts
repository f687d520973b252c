import { defineReviewSite } from './shared/review-editor';
import { onDomains } from './shared/sites';

const sites = onDomains(
  'www.google',
  [
    'com',
    'fr',
    'de',
    'co.uk',
    'es',
    'it',
    'ca',
    'com.au',
    'nl',
    'be',
    'ch',
    'at',
    'ie',
    'pt',
    'pl',
    'se',
    'co.jp',
    'com.br',
    'com.mx',
    'co.in',
  ],
  '/maps*',
);

/**
 * Google Maps place reviews and ratings. "Write a review" (on Maps, and in Search's place
 * panel) opens a dialog whose content is a frame at
 * /maps/api/js/ReviewsService.LoadWriteWidget2 on the same Google host: this detector runs
 * in that frame. Stars are `role="radio"` divs with `data-rating`; the Post button is
 * `jsname="IJM3w"`. After the request Google replaces the form with its thank-you screen
 * (#thank-you-title, a "Done" button): that screen is the confirmation. The frame is
 * removed when the dialog closes, so closing without it records nothing.
 */
export default defineReviewSite('google-maps-review', sites, {
  editor: 'body',
  stars: '[role="radio"][data-rating], [role="radiogroup"] [role="radio"]',
  submit: 'button[jsname="IJM3w"]',
  thanks: '#thank-you-title, button[jsname="done-button"], [data-view-profile-post-link]',
  texts: 'textarea, [contenteditable="true"]',
});

// Made for: https://www.google.com/maps/place/… with its review frame
// https://www.google.com/maps/api/js/ReviewsService.LoadWriteWidget2?…&pb=!2m1!1s<place id>…
// (the same on the country domains above), also opened from a Google Search place panel.
