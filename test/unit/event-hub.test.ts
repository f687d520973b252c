import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventHub } from '@/lib/content/event-hub';

/** A trusted event, as a browser makes it, at a given time (ms). */
function fire(target: EventTarget, event: Event, at: number): void {
  vi.setSystemTime(at);
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

const key = (key: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key, bubbles: true, ...init });
const typed = (data: string) => new InputEvent('input', { data, inputType: 'insertText', bubbles: true });
const focus = () => new FocusEvent('focusin', { bubbles: true });

describe('the event hub', () => {
  let lifetime: AbortController;
  let field: HTMLTextAreaElement;
  let other: HTMLInputElement;
  let button: HTMLButtonElement;
  let country: HTMLSelectElement;
  const seen: string[] = [];
  const characters: string[] = [];

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    lifetime = new AbortController();
    document.body.innerHTML =
      '<textarea></textarea><input type="text"><select><option>FR</option><option>BE</option></select><button>Send</button>';
    field = document.querySelector('textarea') as HTMLTextAreaElement;
    other = document.querySelector('input') as HTMLInputElement;
    country = document.querySelector('select') as HTMLSelectElement;
    button = document.querySelector('button') as HTMLButtonElement;
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
    fire(field, focus(), 900);
  });
  afterEach(() => {
    lifetime.abort();
    vi.useRealTimers();
  });

  it('passes on the typing in one field once per half second, and every character to a handler that counts them', () => {
    let at = 1_000;
    for (const char of 'Très bien') {
      fire(field, key(char), at);
      fire(field, typed(char), at + 1);
      at += 100;
    }
    expect(seen).toEqual(['keydown:T', 'keydown:b']); // 'b' comes 500 ms after 'T'
    expect(characters.join('')).toBe('Très bien');
  });

  it('passes on at once typing in the next field, the keys that send or cancel, and every key outside a text field', () => {
    fire(field, key('a'), 1_000);
    fire(field, key('Enter'), 1_010);
    fire(field, key('Enter', { ctrlKey: true }), 1_020); // sends a composer
    fire(field, key('Shift'), 1_025);
    fire(field, key('c'), 1_030);
    fire(field, key('Escape'), 1_035);
    fire(field, key('Tab'), 1_040);
    fire(other, focus(), 1_041);
    fire(other, key('b'), 1_050);
    fire(other, typed('b'), 1_051);
    fire(button, focus(), 1_060);
    fire(button, key(' '), 1_070);
    fire(button, key(' '), 1_080);
    expect(seen).toEqual([
      'keydown:a',
      'keydown:Enter',
      'keydown:Enter',
      'keydown:Escape',
      'keydown:b',
      'keydown: ',
      'keydown: ',
    ]);
  });

  it('passes on an input that came without a key press (dictation, an input method, autofill)', () => {
    fire(field, typed('Très'), 1_000);
    fire(field, key('Enter'), 1_200);
    fire(field, typed(' bien'), 1_600);
    expect(seen).toEqual(['input:', 'keydown:Enter', 'input:']);
  });

  it('passes on every input outside a text field, and nothing a page script made up', () => {
    fire(field, typed('a'), 1_000);
    fire(country, focus(), 1_010);
    fire(country, new Event('input', { bubbles: true }), 1_020);
    fire(country, new Event('input', { bubbles: true }), 1_030);
    country.dispatchEvent(key('x'));
    expect(seen).toEqual(['input:', 'input:', 'input:']);
  });

  it('lets no made-up key or focus hold back the next real key', () => {
    vi.setSystemTime(1_000);
    field.dispatchEvent(key('x')); // a page script, just before the person types
    other.dispatchEvent(focus());
    fire(field, key('a'), 1_100);
    expect(seen).toEqual(['keydown:a']);
  });
});
