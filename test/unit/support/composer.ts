import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** Puts the test document at a real address, so that named-site detectors see the site's host. */
export function visit(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Puts a fixture page's head (its meta tags: a generator, a site name) into the test document. */
export function loadHead(path: string): void {
  const html = readFileSync(resolve(FIXTURES, path), 'utf8');
  document.head.innerHTML = (html.match(/<head[^>]*>([\s\S]*)<\/head>/i)?.[1] ?? '').replace(
    /<script[\s\S]*?<\/script>/gi,
    '',
  );
}

/** Lets the detectors see what the site did after a send (they look every 250 ms). */
export const settle = () => new Promise((done) => setTimeout(done, 320));

function dispatch(target: EventTarget, event: Event, trusted: boolean): void {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
}

export interface EditorActor {
  /** Types into a rich-text editor (contenteditable), one key at a time. */
  write(editor: Element, text: string): void;
  press(el: Element, key: string, modifiers?: KeyboardEventInit): void;
  /** Chooses `count` files in a file input. */
  choose(input: HTMLInputElement, count: number): void;
}

/** What `actor` in ./dom.ts does for text fields, for rich-text editors, keys and files. */
export function editorActor(trusted: boolean): EditorActor {
  const fire = (target: EventTarget, event: Event) => dispatch(target, event, trusted);
  return {
    write(editor, text) {
      fire(editor, new FocusEvent('focusin', { bubbles: true, composed: true }));
      for (const char of text) {
        fire(editor, new KeyboardEvent('keydown', { key: char, bubbles: true, composed: true }));
        editor.textContent += char;
        fire(editor, new InputEvent('input', { bubbles: true, composed: true, data: char, inputType: 'insertText' }));
      }
    },
    press(el, key, modifiers = {}) {
      fire(el, new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...modifiers }));
    },
    choose(input, count) {
      fire(input, new PointerEvent('pointerdown', { bubbles: true }));
      Object.defineProperty(input, 'files', { value: { length: count }, configurable: true });
      fire(input, new Event('change', { bubbles: true }));
    },
  };
}

export const personWrites = editorActor(true);
export const pageWrites = editorActor(false);

/** What a site's script does with its forms: sends them itself rather than leaving the page. */
export function sendsWithScript(): void {
  for (const form of document.querySelectorAll('form'))
    form.addEventListener('submit', (event) => event.preventDefault());
}
