import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');

function firstExisting(candidates: (string | undefined)[]): string | undefined {
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/** Chromium, not Google Chrome: branded Chrome ignores --load-extension. */
export function chromiumPath(): string {
  const path = firstExisting([
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
  ]);
  if (!path) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  return path;
}

export function firefoxPath(): string {
  const path = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (!path) throw new Error('Firefox not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH.');
  return path;
}
