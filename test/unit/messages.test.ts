import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/i18n';

const LOCALES_DIR = resolve(import.meta.dirname, '../../public/_locales');
type Messages = Record<string, { message: string }>;
const read = (language: string): Messages =>
  JSON.parse(readFileSync(resolve(LOCALES_DIR, language, 'messages.json'), 'utf8'));
const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

const english = read('en');

/** Every language says everything English says, with the same blanks to fill. */
describe('messages', () => {
  it('exist for every language the UI offers, and only those', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the English keys', (language) => {
    const messages = read(language);
    const missing = Object.keys(english).filter((key) => !(key in messages));
    const extra = Object.keys(messages).filter((key) => !(key in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES)('%s fills the same placeholders as English, and none is empty', (language) => {
    const messages = read(language);
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), key).not.toBe('');
      expect(placeholders(message), key).toEqual(placeholders(english[key]?.message ?? ''));
    }
  });

  it.each(LANGUAGES)('%s has no "$" the browser would read as a named placeholder', (language) => {
    for (const [key, { message }] of Object.entries(read(language))) {
      expect(message, key).not.toMatch(/\$[A-Za-z_]/);
    }
  });
});
