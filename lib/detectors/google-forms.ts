import { defineSurveyPlatform } from './shared/survey-platform';

/**
 * Google Forms (docs.google.com/forms), also embedded in other sites' pages: the questions
 * are `div[role="listitem"]` blocks with ARIA radios, checkboxes, listboxes and text fields;
 * "Next" and "Submit" are `div[role="button"]` with the stable `jsname` values OCpkoe and
 * M2UYVd. Sections are separate pages posted to `…/formResponse`; the last one answers with
 * the confirmation page, which has no questions and offers "Submit another response"
 * (a `viewform?usp=form_confirm` link).
 */
export default defineSurveyPlatform({
  id: 'google-forms',
  sites: ['*://docs.google.com/forms/*'],
  questions: 'div[role="listitem"]',
  advance: '[role="button"][jsname="OCpkoe"], [role="button"][jsname="M2UYVd"]',
  endScreen: 'a[href*="usp=form_confirm"]',
  isEndPage: (doc, url) =>
    url.pathname.endsWith('/formResponse') && doc.querySelector('div[role="listitem"] [role="heading"]') === null,
});

// Made for: https://docs.google.com/forms/d/e/<form id>/viewform (and ?embedded=true in
// iframes), https://docs.google.com/forms/d/e/<form id>/formResponse.
