import { defineSurveyPlatform } from './shared/survey-platform';

/**
 * SurveyMonkey surveys (www.surveymonkey.com/r/…): each page is a form posted to the server,
 * questions are `.question-row` blocks, "Next" and "Done" sit in `.survey-submit-actions`,
 * and a completed survey lands on the `survey-thanks` page.
 */
export default defineSurveyPlatform({
  id: 'surveymonkey-survey',
  sites: ['*://*.surveymonkey.com/*', '*://*.surveymonkey.de/*', '*://*.surveymonkey.co.uk/*'],
  questions: '.question-row',
  advance: '.survey-submit-actions button:not(.prev-button), button.next-button, button.done-button',
  isEndPage: (_doc, url) => url.pathname.includes('survey-thanks'),
});

// Made for: https://www.surveymonkey.com/r/<code>, https://fr.surveymonkey.com/r/<code>,
// https://www.surveymonkey.com/r/survey-thanks/?sm=….
