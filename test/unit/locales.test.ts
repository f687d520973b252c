import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = resolve(import.meta.dirname, '../../public/_locales');
const read = (language: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(resolve(LOCALES, language, 'messages.json'), 'utf8'));
const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();

/** Every word of the interface, the privacy page included, exists in every language, with the same blanks. */
describe('translations', () => {
  const english = read('en');
  it.each(readdirSync(LOCALES).filter((language) => language !== 'en'))(
    '%s says everything English says',
    (language) => {
      const other = read(language);
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
      for (const [key, { message }] of Object.entries(english)) {
        expect(placeholders(other[key]?.message ?? ''), key).toEqual(placeholders(message));
        expect(other[key]?.message.trim(), key).not.toBe('');
      }
    },
  );
});
