import { defineSurveyPlatform } from './shared/survey-platform';

/**
 * Qualtrics surveys (*.qualtrics.com/jfe/form/SV_…): questions are `.QuestionOuter` blocks
 * (Likert matrices as tables of radio rows), every page ends with `#NextButton` — also on the
 * last page, where it reads "Submit" or "→" — and the end of the survey is the
 * `#EndOfSurvey` message, drawn in place by the JavaScript form engine or on a page of its own
 * by the older engine.
 */
export default defineSurveyPlatform({
  id: 'qualtrics-survey',
  sites: ['*://*.qualtrics.com/*'],
  questions: '.QuestionOuter',
  advance: '#NextButton',
  endScreen: '#EndOfSurvey',
});

// Made for: https://<brand>.qualtrics.com/jfe/form/SV_<id>, https://<brand>.eu.qualtrics.com/jfe/form/SV_<id>,
// https://<brand>.az1.qualtrics.com/SE/?SID=SV_<id>.
