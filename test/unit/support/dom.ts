import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

const SCRIPT = /<script(?![^>]*application\/ld\+json)[\s\S]*?<\/script>/gi;

/** Puts a fixture page's head (its metadata and JSON-LD) and body into the test document; its scripts and stylesheets do not load. */
export function loadFixture(path: string): void {
  const html = readFileSync(resolve(FIXTURES, path), 'utf8');
  const head = html.match(/<head[^>]*>([\s\S]*)<\/head>/i)?.[1] ?? '';
  const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? html;
  document.head.innerHTML = head.replace(SCRIPT, '').replace(/<link[^>]*>/gi, '');
  document.body.innerHTML = body.replace(SCRIPT, '');
}

/** happy-dom has no isTrusted; a test marks the events a person would have made. */
function dispatch(target: EventTarget, event: Event, trusted: boolean): Event {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
  return event;
}

export interface Actor {
  /** The pointer arriving over an element, on its way to click it. */
  hover(el: Element): void;
  click(el: Element): void;
  type(el: HTMLTextAreaElement | HTMLInputElement, text: string): void;
  /** Types into a field and leaves it, as a person filling in a form does (the field's change event). */
  fill(el: HTMLTextAreaElement | HTMLInputElement, text: string): void;
  choose(select: HTMLSelectElement, value: string): void;
  check(radio: HTMLInputElement): void;
  submit(form: HTMLFormElement): void;
  copy(el: Element): void;
  /** A key pressed on a focused element, such as Enter on a button. */
  press(el: Element, key: string): void;
}

/** Acts on the page as a person (trusted events) or as a page script faking one (untrusted). */
export function actor(trusted: boolean): Actor {
  const fire = (target: EventTarget, event: Event) => dispatch(target, event, trusted);
  return {
    hover(el) {
      fire(el, new PointerEvent('pointerover', { bubbles: true, composed: true }));
    },
    click(el) {
      fire(el, new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      fire(el, new FocusEvent('focusin', { bubbles: true }));
      fire(el, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    },
    type(el, text) {
      fire(el, new FocusEvent('focusin', { bubbles: true }));
      for (const char of text) {
        fire(el, new KeyboardEvent('keydown', { key: char, bubbles: true }));
        el.value += char;
        fire(el, new InputEvent('input', { bubbles: true, data: char, inputType: 'insertText' }));
      }
    },
    fill(el, text) {
      this.type(el, text);
      fire(el, new Event('change', { bubbles: true }));
    },
    choose(select, value) {
      fire(select, new PointerEvent('pointerdown', { bubbles: true }));
      select.value = value;
      fire(select, new Event('input', { bubbles: true }));
      fire(select, new Event('change', { bubbles: true }));
    },
    check(radio) {
      fire(radio, new PointerEvent('pointerdown', { bubbles: true }));
      radio.checked = true;
      fire(radio, new Event('input', { bubbles: true }));
      fire(radio, new Event('change', { bubbles: true }));
    },
    submit(form) {
      fire(form, new SubmitEvent('submit', { bubbles: true, cancelable: true }));
    },
    copy(el) {
      fire(el, new ClipboardEvent('copy', { bubbles: true, cancelable: true }));
    },
    press(el, key) {
      fire(el, new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      fire(el, new KeyboardEvent('keyup', { key, bubbles: true }));
    },
  };
}

export const person = actor(true);
export const pageScript = actor(false);

/** Puts the test document at a real site's address, as the named-site detectors expect. */
export function atUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
