import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, wordsPattern } from '@/lib/detectors/shared/text';

describe('a list of words to look for in a text', () => {
  const send = wordsPattern(['send', 'save review', "j'aime", 'give #'], ['publi']);

  it.each([
    ['send', true],
    ['Send now', false], // texts are normalized first: this one was not
    [normalize('Send now'), true],
    ['re-send', true],
    ['resend', false],
    ['sender', false],
    ['send2', false],
    ['publier', true],
    ['republier', false],
    ['save review', true],
    ['save  the review', false],
    ['save-review', true],
    [normalize('J’aime'), true],
    ['give $10, get $10', true],
    ['give money', false],
    ['', false],
  ])('%j: %s', (text, found) => {
    expect(send.test(text)).toBe(found);
  });

  it('finds a word wherever it stands between separators', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 6 }),
        fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 6 }),
        fc.constantFrom(' ', ', ', ' - ', '/', '_'),
        (before, after, separator) => {
          const text = [...before, 'send', ...after].join(separator);
          expect(send.test(text)).toBe(true);
          const without = [...before, ...after].filter((w) => w !== 'send' && !w.startsWith('publi')).join(separator);
          expect(send.test(without)).toBe(false);
        },
      ),
    );
  });
});
