import googleForms from '../google-forms';
import qualtricsSurvey from '../qualtrics-survey';
import surveymonkeySurvey from '../surveymonkey-survey';
import typeformSurvey from '../typeform-survey';

const PLATFORMS = [googleForms, qualtricsSurvey, surveymonkeySurvey, typeformSurvey];

/** Whether a page belongs to a survey platform whose own detector counts its questions. */
export function onSurveyPlatform(url: URL): boolean {
  return PLATFORMS.some((platform) => platform.matches(url));
}
