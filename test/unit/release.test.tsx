import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nContext } from '@/components/i18n';
import { PrivacyPage } from '@/components/PrivacyPage';
import { translator } from '@/lib/i18n';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

/** What the stores are given besides the packages: changelog, privacy policy, listings, screenshots. */
const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');
const MESSAGES = { en, fr } as const;
const LANGUAGES = ['en', 'fr'] as const;
const { version } = JSON.parse(read('package.json')) as { version: string };
const readme = read('README.md');
const between = (text: string, start: string, end: string) => text.slice(text.indexOf(start), text.indexOf(end));
const words = (text: string) => text.replace(/\s+/g, ' ');
/** The `tokens` of a Markdown table's first column. */
const firstColumnTokens = (markdown: string) =>
  [...markdown.matchAll(/^\| ([^|]+) \|/gm)]
    .flatMap((row) => [...(row[1] as string).matchAll(/`([^`]+)`/g)].map((m) => m[1] as string))
    .sort();
const README_PERMISSIONS = firstColumnTokens(between(readme, '## Permissions', '## What is stored'));

/** The sections of a Markdown file, by their "## " heading. */
function sections(markdown: string): Map<string, string> {
  const parts = markdown.split(/^## (.+)$/m);
  const map = new Map<string, string>();
  for (let i = 1; i < parts.length; i += 2) map.set(parts[i] as string, (parts[i + 1] as string).trim());
  return map;
}

/** Width, height and PNG colour type (2: RGB, no alpha, as the Chrome Web Store asks). */
function pngHeader(path: string): { width: number; height: number; colourType: number } {
  const data = readFileSync(path);
  expect(data.subarray(1, 4).toString()).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), colourType: data[25] as number };
}

afterEach(cleanup);

describe('the release', () => {
  it('is described in CHANGELOG.md under the version of package.json', () => {
    expect(read('CHANGELOG.md')).toMatch(
      new RegExp(`^## ${version.replaceAll('.', '\\.')} — \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
  });
});

describe('PRIVACY.md, the policy the stores link to', () => {
  const [english = '', french = ''] = read('PRIVACY.md').split(/^---$/m);
  const policy = { en: words(english), fr: words(french) };

  it.each(LANGUAGES)('holds every sentence of the privacy page in %s', (language) => {
    const { container } = render(
      <I18nContext.Provider value={translator(language, MESSAGES[language])}>
        <PrivacyPage />
      </I18nContext.Provider>,
    );
    const sentences = [...container.querySelectorAll('h1, h2, p, li')].map((el) => words(el.textContent ?? ''));
    expect(sentences.length).toBeGreaterThan(20);
    expect(sentences.filter((sentence) => !policy[language].includes(sentence))).toEqual([]);
  });

  it("lists the README's stored fields and permissions", () => {
    const fields = between(readme, '## What is stored', '## Privacy')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(fields.length).toBeGreaterThan(8);
    for (const row of fields) expect(english).toContain(row);
    for (const text of [english, french]) {
      const permissions = text.slice(text.indexOf('### Permissions'));
      expect(firstColumnTokens(permissions.slice(0, permissions.indexOf('\n### ')))).toEqual(README_PERMISSIONS);
    }
  });
});

describe.each(LANGUAGES)('the %s store listing', (language) => {
  const listing = sections(read(`store/${language}.md`));
  const section = (english: string, french: string) => listing.get(language === 'en' ? english : french) ?? '';
  const name = section('Name', 'Nom');
  const summary = section('Summary', 'Résumé');
  const description = section('Description', 'Description');
  const permissions = section('Permissions', 'Permissions');
  const screenshots = section('Screenshots', "Captures d'écran");

  it("names the extension as its manifest does, and sums it up in the manifest's description", () => {
    expect(name).toBe(MESSAGES[language].extName.message);
    expect(summary).toBe(MESSAGES[language].extDescription.message);
    // The Chrome Web Store's limit for both; addons.mozilla.org allows 250 for the summary.
    expect(summary.length).toBeLessThanOrEqual(132);
    expect(description.length).toBeGreaterThan(1000);
    expect(description.length).toBeLessThanOrEqual(16_000);
  });

  it('justifies exactly the permissions the README does', () => {
    expect(firstColumnTokens(permissions)).toEqual(README_PERMISSIONS);
  });

  it('shows screenshots of its language that exist at 1280×800', () => {
    const images = [...screenshots.matchAll(/`(docs\/screenshots\/[^`]+\.png)`/g)].map((m) => m[1] as string);
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) {
      expect(image).toContain(`-${language}-`);
      expect(existsSync(resolve(ROOT, image)), image).toBe(true);
    }
  });
});

describe('the screenshots', () => {
  const dir = resolve(ROOT, 'docs/screenshots');
  const files = readdirSync(dir).filter((file) => file.endsWith('.png'));

  it('cover the popup, the report and the settings, in both languages and both themes', () => {
    const expected = ['popup', 'report', 'options'].flatMap((page) =>
      LANGUAGES.flatMap((language) => ['light', 'dark'].map((theme) => `${page}-${language}-${theme}.png`)),
    );
    expect(files.sort()).toEqual(expected.sort());
  });

  it.each(files)("%s is at the stores' size, without transparency", (file) => {
    expect(pngHeader(resolve(dir, file))).toEqual({ width: 1280, height: 800, colourType: 2 });
  });

  it('that the README shows exist', () => {
    const shown = [
      ...between(readme, '## Screenshots', '## Quick start').matchAll(/\]\((docs\/screenshots\/[^)]+)\)/g),
    ];
    expect(shown.length).toBeGreaterThan(0);
    for (const [, path] of shown) expect(existsSync(resolve(ROOT, path as string)), path).toBe(true);
  });
});
