import type { ActivityClock } from '../activity-clock';
import { isClaimed } from './shared/claims';
import {
  buttonName,
  buttonOf,
  describeControl,
  hasUserActivation,
  submitsItsForm,
  TEXT_FIELD_SELECTOR,
  writtenLength,
} from './shared/dom';
import { isFeedbackRequest } from './shared/feedback';
import { rememberedFor } from './shared/regions';
import { NOT_SUBMIT_WORDS, normalize, RATING_WORDS, REVIEW_WORDS, SUBMIT_WORDS } from './shared/text';
import { defineDetector } from './types';

/**
 * Reviews and ratings on any site: a form, or a script-driven block with a send button,
 * that holds a rating control (radio stars, ARIA radios or slider) and/or a text field
 * about reviewing. Recorded when the person sends it: the form's submit event, or a click
 * on the block's send button when the page sends it with a script.
 */
const RATING_CONTROL_SELECTOR = 'input[type="radio"], [role="radio"], [role="slider"], select';
const SUBMIT_BUTTON_SELECTOR = 'button, input[type="submit"], [role="button"]';
/** How far up from a field to look for the block that holds its send button. */
const MAX_REGION_DEPTH = 10;

interface ReviewParts {
  ratings: Element[];
  texts: Element[];
}

function isSubmitButton(el: Element): boolean {
  const name = buttonName(el);
  return SUBMIT_WORDS.test(name) && !NOT_SUBMIT_WORDS.test(name);
}

function describeGroup(control: Element): string {
  const group = control.closest('fieldset, [role="radiogroup"]');
  if (!group) return '';
  const legend = group.querySelector('legend')?.textContent ?? '';
  return `${describeControl(group)} ${normalize(legend)}`;
}

function isRatingControl(el: Element): boolean {
  return RATING_WORDS.test(describeControl(el)) || RATING_WORDS.test(describeGroup(el));
}

/** Words a form says about itself: its name, id, class, action and headings. */
function describeForm(form: HTMLFormElement): string {
  const headings = [...form.querySelectorAll('h1, h2, h3, h4, legend')].map((h) => h.textContent ?? '');
  return `${describeControl(form)} ${normalize(`${form.getAttribute('action') ?? ''} ${headings.join(' ')}`.replace(/[/_-]+/g, ' '))}`;
}

/** The review parts of a region, or null when it is not a place to review something. */
function reviewParts(region: Element): ReviewParts | null {
  if (region.querySelector('input[type="password"]')) return null;
  const ratings = [...region.querySelectorAll(RATING_CONTROL_SELECTOR)].filter(isRatingControl);
  const fields = [...region.querySelectorAll(TEXT_FIELD_SELECTOR)];
  const describedAsReview = fields.filter((f) => REVIEW_WORDS.test(describeControl(f)));
  const formIsAboutReviews = region instanceof HTMLFormElement && REVIEW_WORDS.test(describeForm(region));
  if (ratings.length === 0 && describedAsReview.length === 0 && !formIsAboutReviews) return null;
  if (isFeedbackRequest(region)) return null; // surveys and "Was this helpful?" belong to the feedback detectors
  return { ratings, texts: ratings.length > 0 || formIsAboutReviews ? fields : describedAsReview };
}

/**
 * The region a control belongs to: its form, or else the smallest block around it that
 * also holds a send button and something to fill in.
 */
function regionOf(el: Element): Element | null {
  const form = el.closest('form');
  if (form) return form;
  let node = el.parentElement;
  for (let depth = 0; node && depth < MAX_REGION_DEPTH; depth++, node = node.parentElement) {
    if (node === node.ownerDocument.body) return null;
    const hasInput = node.querySelector(`${TEXT_FIELD_SELECTOR}, ${RATING_CONTROL_SELECTOR}`);
    const hasSubmit = [...node.querySelectorAll(SUBMIT_BUTTON_SELECTOR)].some(isSubmitButton);
    if (hasInput && hasSubmit) return node;
  }
  return null;
}

/**
 * What a person fills a review in with: a text field, or a control that gives a rating (or the
 * label of either). A form's other choices (a country, a size) are not, and the form around them
 * is then not even looked at.
 */
function isReviewInput(el: Element): boolean {
  const control = el instanceof HTMLLabelElement ? el.control : el;
  if (!control) return false;
  if (control.matches(TEXT_FIELD_SELECTOR)) return true;
  return control.matches(RATING_CONTROL_SELECTOR) && isRatingControl(control);
}

/** A press on a star: the rating control itself or its label. */
function picksRating(target: Element): boolean {
  const control = target instanceof HTMLLabelElement ? target.control : target;
  return control?.matches(RATING_CONTROL_SELECTOR) === true;
}

function numberIn(text: string | null | undefined): number {
  const n = Number.parseFloat((text ?? '').replace(',', '.').match(/\d+([.,]\d+)?/)?.[0] ?? '');
  return Number.isFinite(n) && n >= 1 && n <= 10 ? Math.round(n) : 0;
}

/** Stars given, from whichever rating control the region uses; 0 when none was chosen. */
function starsGiven(ratings: Element[]): number {
  for (const el of ratings) {
    if (el instanceof HTMLInputElement && el.checked) {
      return numberIn(el.value) || numberIn(el.labels?.[0]?.textContent) || numberIn(el.getAttribute('aria-label'));
    }
    if (el.getAttribute('role') === 'radio' && el.getAttribute('aria-checked') === 'true') {
      const siblings = [...(el.parentElement?.querySelectorAll('[role="radio"]') ?? [])];
      return numberIn(el.getAttribute('aria-label')) || siblings.indexOf(el) + 1;
    }
    if (el.getAttribute('role') === 'slider') return numberIn(el.getAttribute('aria-valuenow'));
    if (el instanceof HTMLSelectElement && el.value) return numberIn(el.value);
  }
  return 0;
}

export default defineDetector({
  id: 'review-form',
  category: 'review',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  start(ctx) {
    const sessions = new Map<Element, ActivityClock>();
    /** Each control's region, null for other elements: the DOM is asked once per element, not at each key press. */
    const regions = new WeakMap<Element, Element | null>();
    const regionOfInput = (el: Element) => {
      let region = regions.get(el);
      if (region === undefined) {
        region = isReviewInput(el) ? regionOf(el) : null;
        regions.set(el, region);
      }
      return region;
    };
    /**
     * Regions the person has put something into: typed, pasted, picked a star. Only key
     * presses, pastes and pointer presses prove a person: a page's radio.click() or
     * execCommand() makes trusted input and change events, its requestSubmit() a trusted
     * submit, and a click into a field is not work yet.
     */
    const filledIn = new WeakSet<Element>();
    /** Whether a region is a place to review something, judged again at the send. */
    const isReviewPlace = rememberedFor((region) => reviewParts(region) !== null);

    const sessionFor = (region: Element): ActivityClock => {
      let clock = sessions.get(region);
      if (!clock) {
        clock = ctx.newClock();
        sessions.set(region, clock);
      }
      return clock;
    };

    const onInput = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      const region = regionOfInput(target);
      if (!region || !(sessions.has(region) || isReviewPlace(region, event.timeStamp))) return;
      sessionFor(region).input(event.timeStamp);
      if (event.type === 'keydown' || event.type === 'paste' || (event.type === 'pointerdown' && picksRating(target))) {
        filledIn.add(region);
      }
    };

    const complete = (region: Element, event: Event) => {
      const clock = sessions.get(region);
      const parts = reviewParts(region);
      if (!clock || !parts || !filledIn.has(region) || !hasUserActivation(ctx.window) || isClaimed(region)) return;
      clock.input(event.timeStamp);
      const chars = parts.texts.reduce((sum, field) => sum + writtenLength(field), 0);
      const stars = starsGiven(parts.ratings);
      if (chars === 0 && stars === 0) return;
      sessions.delete(region);
      ctx.record({
        kind: chars > 0 ? 'review.posted' : 'review.rated',
        units: stars > 0 ? { chars, stars } : { chars },
        clock,
      });
    };

    for (const type of ['keydown', 'paste', 'change', 'pointerdown', 'focusin'] as const) {
      ctx.onTrusted(ctx.document, type, onInput, { capture: true, passive: true });
    }
    ctx.onTrusted(
      ctx.document,
      'submit',
      (event) => {
        if (event.target instanceof HTMLFormElement) complete(event.target, event);
      },
      { capture: true },
    );
    ctx.onTrusted(
      ctx.document,
      'click',
      (event) => {
        const button = buttonOf(event.target);
        if (!button || submitsItsForm(button) || !isSubmitButton(button)) return;
        const region = regionOf(button);
        if (region) complete(region, event);
      },
      { capture: true },
    );

    return () => sessions.clear();
  },
});

// Made for: review forms with radio stars (WooCommerce product reviews, Trustpilot-style
// widgets, hotel and restaurant sites), script-driven review blocks with a "Post review" /
// "Envoyer mon avis" button, and app or delivery rating prompts.
