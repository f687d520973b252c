import { describeControl, TEXT_FIELD_SELECTOR } from './dom';
import { hasChoices } from './questions';
import { closestWidget, describeBlock, shortText } from './regions';
import { normalize, RATING_WORDS, REVIEW_WORDS, wordsPattern } from './text';

/**
 * Recognising feedback requests — satisfaction surveys and "Was this helpful?" widgets — so
 * that their detectors record them, and the review detector leaves them alone.
 */

/** A form or page that says it is a survey. */
export const SURVEY_WORDS = wordsPattern(
  [
    'survey',
    'questionnaire',
    'feedback',
    'nps',
    'how likely are you to recommend',
    'sondage',
    'enquete',
    'recommanderiez',
    'umfrage',
    'befragung',
    'fragebogen',
    'weiterempfehlen',
    'encuesta',
    'cuestionario',
    'recomendaria',
    'sondaggio',
    'questionario',
    'consiglieresti',
  ],
  ['satisf', 'zufriedenheit', 'kundenzufriedenheit'],
);

/** Labels of the points of an agreement or satisfaction scale. */
const SCALE_WORDS = wordsPattern(
  [
    'agree',
    'disagree',
    'neutral',
    'likely',
    'unlikely',
    'poor',
    'fair',
    'good',
    'excellent',
    "d'accord",
    'neutre',
    'probable',
    'stimme',
    'zu',
    'nicht zu',
    'wahrscheinlich',
    'de acuerdo',
    'en desacuerdo',
    'probable',
    "d'accordo",
  ],
  ['satisf', 'insatisf', 'dissatisf', 'zufrieden', 'unzufrieden', 'soddisf'],
);

/** Forms that only look like surveys: checkouts, sign-ups, account settings. */
const NOT_SURVEY_SELECTOR =
  'input[type="password"], [autocomplete^="cc-"], [autocomplete~="street-address"], [autocomplete~="address-line1"], input[type="search"]';

function optionLabel(option: Element): string {
  const own = option.getAttribute('aria-label') ?? '';
  if (option instanceof HTMLInputElement) {
    return normalize(`${own} ${option.labels?.[0]?.textContent ?? ''} ${option.value}`);
  }
  return normalize(`${own} ${option.textContent ?? ''}`);
}

/** Option groups of a region: native radios by name, ARIA radio groups. */
function radioGroups(region: Element): Element[][] {
  const groups = new Map<string | Element, Element[]>();
  for (const radio of region.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const key = radio.name || radio;
    groups.set(key, [...(groups.get(key) ?? []), radio]);
  }
  for (const group of region.querySelectorAll('[role="radiogroup"]')) {
    groups.set(group, [...group.querySelectorAll('[role="radio"]')]);
  }
  return [...groups.values()];
}

/** A group of 3 to 11 options labelled with numbers or agreement/satisfaction words: a Likert or NPS scale. */
function isScale(options: Element[]): boolean {
  if (options.length < 3 || options.length > 11) return false;
  const labels = options.map(optionLabel);
  return labels.every((label) => /^\d{1,2}\b/.test(label) || SCALE_WORDS.test(label) || label === '');
}

/** How many rating scales a region holds (a grid counts one per row). */
export function scalesIn(region: Element): number {
  return radioGroups(region).filter(isScale).length;
}

function asksForReview(region: Element): boolean {
  return [...region.querySelectorAll(TEXT_FIELD_SELECTOR)].some((field) => REVIEW_WORDS.test(describeControl(field)));
}

function hasRatingControl(region: Element): boolean {
  return [...region.querySelectorAll('input[type="radio"], [role="radio"], [role="slider"]')].some((control) =>
    RATING_WORDS.test(describeControl(control)),
  );
}

/**
 * Whether a form (or the block around a send button) is a survey: it says so, or it holds
 * two rating scales, or one scale on a page about a survey. A block about a review — its
 * words, a review text field, a lone star rating — is a review, not a survey.
 */
export function isSurvey(region: Element): boolean {
  if (region.querySelector(NOT_SURVEY_SELECTOR) || isHelpfulWidget(region)) return false;
  const own = describeBlock(region);
  if (SURVEY_WORDS.test(own)) return true;
  if (REVIEW_WORDS.test(own) || asksForReview(region)) return false;
  const scales = scalesIn(region);
  if (scales >= 2) return true;
  if (hasRatingControl(region) || !hasChoices(region)) return false;
  const heading = normalize(region.ownerDocument.querySelector('h1')?.textContent ?? '');
  return scales === 1 || SURVEY_WORDS.test(heading);
}

/** The question of a "Was this helpful?" widget, in the languages the detectors know. */
export const HELPFUL_QUESTION = wordsPattern(
  [
    'helpful',
    'useful',
    'did this answer your question',
    'did this help',
    'did this solve',
    'did you find what you needed',
    'did you find what you were looking for',
    'utile',
    'utiles',
    'cela vous a-t-il aide',
    'avez-vous trouve',
    'hilfreich',
    'nutzlich',
    ...['das', 'dies', 'dieser artikel', 'diese seite'].flatMap((what) => [
      `hat ${what} geholfen`,
      `hat ihnen ${what} geholfen`,
    ]),
    'util',
    'te ha ayudado',
    'le ha ayudado',
    'te sirvio',
    'le sirvio',
    'ti e stato utile',
  ],
  [],
);

const MAX_HELPFUL_TEXT = 400;

/** A small block asking whether the page helped: the words of the question, a widget's worth of text. */
export function helpfulWidgetOf(el: Element): Element | null {
  return closestWidget(el, (block) => HELPFUL_QUESTION.test(shortText(block, MAX_HELPFUL_TEXT)), MAX_HELPFUL_TEXT);
}

/** Whether a form or block is a "Was this helpful?" widget, not a survey question with a rating scale. */
export function isHelpfulWidget(region: Element): boolean {
  return (
    (region.textContent?.length ?? 0) <= MAX_HELPFUL_TEXT &&
    HELPFUL_QUESTION.test(shortText(region, MAX_HELPFUL_TEXT)) &&
    scalesIn(region) === 0
  );
}

/** A feedback request the review detector must leave to the feedback detectors. */
export function isFeedbackRequest(region: Element): boolean {
  return isHelpfulWidget(region) || isSurvey(region);
}
