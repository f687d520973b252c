import type { ActivityClock } from '../activity-clock';
import { describeControl, hasUserActivation, writtenLength } from './shared/dom';
import { rememberedFor } from './shared/regions';
import { wordsPattern } from './shared/text';
import { defineDetector } from './types';

/**
 * Classic CAPTCHAs on any site's forms: an image of distorted characters next to a text
 * field where the person types them. Recorded as `captcha.submitted` when the form is sent
 * with that field typed in by the person; the answer's length is kept (it is the amount of
 * transcription), never the answer. Whether it was right only the site knows: a wrong answer
 * and the new image that follows are another round, recorded when sent again.
 */
/** In names, ids, classes and image addresses, often glued to other words ("txtCaptcha", "kcaptcha"). */
const CAPTCHA_WORDS = /captcha|capcha|securimage/;
/** The hidden answer fields of reCAPTCHA, hCaptcha and Turnstile: filled by their scripts, counted by their own detectors. */
const WIDGET_FIELD = /recaptcha|h-captcha|hcaptcha|turnstile/i;
/** "Type the characters in the image", "Saisissez les caractères", "Zeichen eingeben", "Escriba los caracteres". */
const TRANSCRIBE_WORDS = wordsPattern(
  ['code', 'characters', 'letters', 'text in the image', 'caracteres', 'lettres', 'zeichen', 'buchstaben', 'letras'],
  ['sicherheitscode', 'codigo'],
);
const TEXT_INPUT = 'input:not([type]), input[type="text"]';
/** Where a form's markup may name a CAPTCHA: the attributes a field is described by, and images. */
const CAPTCHA_SIGN = [
  'img',
  'canvas',
  ...['name', 'id', 'class', 'placeholder', 'aria-label', 'title', 'data-testid'].flatMap((attribute) =>
    ['captcha', 'capcha'].map((word) => `[${attribute}*="${word}" i]`),
  ),
].join(', ');

/**
 * Whether a form shows any sign of a CAPTCHA: an image or canvas, or the word in its markup or
 * its text. Most forms show none, and then none of their fields needs describing.
 */
function mayHoldCaptcha(form: HTMLFormElement): boolean {
  return form.querySelector(CAPTCHA_SIGN) !== null || CAPTCHA_WORDS.test((form.textContent ?? '').toLowerCase());
}

function describeImage(img: Element): string {
  return `${img.getAttribute('src') ?? ''} ${img.getAttribute('alt') ?? ''} ${img.id} ${img.getAttribute('class') ?? ''}`
    .toLowerCase()
    .replace(/[/_.?=&-]+/g, ' ');
}

/** The CAPTCHA's image in the field's form: described as one, and the field is the next text field after it. */
function captchaImageBefore(field: HTMLInputElement): Element | null {
  const form = field.form;
  if (!form) return null;
  for (const img of form.querySelectorAll('img, canvas')) {
    if (!CAPTCHA_WORDS.test(describeImage(img))) continue;
    const next = [...form.querySelectorAll(TEXT_INPUT)].find(
      (input) => img.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    if (next === field) return img;
  }
  return null;
}

/** Whether a text field is where a CAPTCHA's answer goes. */
export function isCaptchaField(el: Element): el is HTMLInputElement {
  if (!(el instanceof HTMLInputElement) || !el.matches(TEXT_INPUT) || !el.form) return false;
  const description = describeControl(el);
  if (WIDGET_FIELD.test(`${el.name} ${el.id}`)) return false;
  if (CAPTCHA_WORDS.test(description)) return true;
  return TRANSCRIBE_WORDS.test(description) && captchaImageBefore(el) !== null;
}

export default defineDetector({
  id: 'text-captcha',
  category: 'captcha',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  start(ctx) {
    /** The CAPTCHA fields the person typed in, with the time spent on each. */
    const typed = new Map<HTMLInputElement, ActivityClock>();
    /** Fields already looked at: each is described once, not at every key. */
    const judged = new WeakMap<Element, boolean>();
    const formMayHoldCaptcha = rememberedFor((form) => mayHoldCaptcha(form as HTMLFormElement));

    const onField = (event: Event) => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement)) return;
      const form = field.form;
      if (!form || !formMayHoldCaptcha(form, event.timeStamp)) return;
      let isCaptcha = judged.get(field);
      if (isCaptcha === undefined) {
        isCaptcha = isCaptchaField(field);
        judged.set(field, isCaptcha);
      }
      if (!isCaptcha) return;
      let clock = typed.get(field);
      if (!clock) {
        clock = ctx.newClock();
        typed.set(field, clock);
      }
      clock.input(event.timeStamp);
    };
    for (const type of ['focusin', 'keydown'] as const) {
      ctx.onTrusted(ctx.document, type, onField, { capture: true, passive: true });
    }
    ctx.onTrusted(
      ctx.document,
      'submit',
      (event) => {
        if (!(event.target instanceof HTMLFormElement) || !hasUserActivation(ctx.window)) return;
        for (const [field, clock] of typed) {
          const chars = writtenLength(field);
          if (field.form !== event.target || chars === 0) continue;
          typed.delete(field);
          clock.input(event.timeStamp);
          ctx.record({ kind: 'captcha.submitted', units: { rounds: 1, chars }, clock });
        }
      },
      { capture: true },
    );
    return () => typed.clear();
  },
});

// Made for: contact, sign-up and comment forms of forums, shops and public services that
// show an image of characters to copy (PHP Securimage, Kaptcha, BotDetect, phpBB, Drupal's
// image CAPTCHA, French service-public-style "code de sécurité" forms).
