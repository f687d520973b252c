import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventHub } from '@/lib/content/event-hub';

/** A trusted event at a given time on the page's clock, as a browser makes it. */
function fire(target: EventTarget, event: Event, at: number): void {
  Object.defineProperty(event, 'isTrusted', { value: true });
  Object.defineProperty(event, 'timeStamp', { value: at });
  target.dispatchEvent(event);
}

const key = (key: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key, bubbles: true, ...init });
const typed = (data: string) => new InputEvent('input', { data, inputType: 'insertText', bubbles: true });

describe('the event hub', () => {
  let lifetime: AbortController;
  let field: HTMLTextAreaElement;
  let other: HTMLInputElement;
  const seen: string[] = [];
  const characters: string[] = [];

  beforeEach(() => {
    lifetime = new AbortController();
    document.body.innerHTML = '<textarea></textarea><input type="text"><button>Send</button>';
    field = document.querySelector('textarea') as HTMLTextAreaElement;
    other = document.querySelector('input') as HTMLInputElement;
    seen.length = 0;
    characters.length = 0;
    const hub = createEventHub(lifetime.signal);
    const plain = { capture: true, everyCharacter: false };
    for (const type of ['keydown', 'input']) {
      hub.add(
        document,
        type,
        plain,
        (event) => seen.push(`${type}:${(event as KeyboardEvent).key ?? ''}`),
        lifetime.signal,
      );
    }
    hub.add(
      document,
      'input',
      { capture: true, everyCharacter: true },
      (event) => characters.push((event as InputEvent).data ?? ''),
      lifetime.signal,
    );
  });
  afterEach(() => lifetime.abort());

  it('passes on the typing in one field once per half second, and every character to a handler that counts them', () => {
    let at = 1_000;
    for (const char of 'Très bien') {
      fire(field, key(char), at);
      fire(field, typed(char), at + 1);
      at += 100;
    }
    expect(seen).toEqual(['keydown:T', 'input:', 'keydown:b', 'input:']); // 'b' comes 500 ms after 'T'
    expect(characters.join('')).toBe('Très bien');
  });

  it('passes on at once typing in another field, and every key that is not plain typing', () => {
    fire(field, key('a'), 1_000);
    fire(other, key('b'), 1_010);
    fire(field, key('Enter'), 1_020);
    fire(field, key('v', { ctrlKey: true }), 1_030);
    fire(field, key('c'), 1_040);
    fire(document.querySelector('button') as Element, key(' '), 1_050);
    fire(document.querySelector('button') as Element, key(' '), 1_060);
    expect(seen).toEqual(['keydown:a', 'keydown:b', 'keydown:Enter', 'keydown:v', 'keydown: ', 'keydown: ']);
  });

  it('passes on every input that is not plain typing, and nothing a page script made up', () => {
    fire(field, typed('a'), 1_000);
    fire(field, new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }), 1_010);
    fire(field, new InputEvent('input', { inputType: 'insertLineBreak', bubbles: true }), 1_020);
    field.dispatchEvent(key('x'));
    expect(seen).toEqual(['input:', 'input:', 'input:']);
  });
});
