import { defineSurveyPlatform } from './shared/survey-platform';

/**
 * Typeform forms (form.typeform.com/to/…, <account>.typeform.com/to/…), also embedded in
 * iframes on other sites: one question at a time, each a block with a `data-qa-blockref`;
 * choices are `data-qa="choice"` tiles; "OK" and "Submit" carry `data-qa="ok-button…"` and
 * `data-qa="submit-button…"`; the end is the `data-qa="thank-you-screen…"` block.
 */
export default defineSurveyPlatform({
  id: 'typeform-survey',
  sites: ['*://*.typeform.com/*'],
  questions: '[data-qa-blockref]',
  choices: '[data-qa="choice"], [data-qa="picture-choice"], [data-qa^="choice-"]',
  advance: '[data-qa^="ok-button"], [data-qa^="submit-button"]',
  endScreen: '[data-qa^="thank-you-screen"], [data-qa^="thankyou-screen"]',
});

// Made for: https://form.typeform.com/to/<id>, https://<account>.typeform.com/to/<id>, and
// their embeds (an iframe of form.typeform.com in a shop's or an app's page).
