import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SENTINEL_SCRIPT } from '../../lib/scripts.ts';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from '../harness/paths.ts';

const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const permissionsSection = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('## What is stored'));
const firstColumns = [...permissionsSection.matchAll(/^\| ([^|]+) \|/gm)].map((row) => row[1] as string);
const tokens = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
/** Every `token` in the first column of the README's permission table. */
const documented = new Set(firstColumns.flatMap(tokens));
/** Those the table marks "(optional)": asked for when first used, not at install. */
const documentedOptional = new Set(firstColumns.filter((cell) => cell.includes('(optional)')).flatMap(tokens));

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
}

describe('the built packages', () => {
  it.each([
    ['chrome', CHROME_BUILD],
    ['firefox', FIREFOX_BUILD],
  ])('%s asks for exactly the permissions the README justifies', (_browser, dir) => {
    const m = manifest(dir) as { permissions?: string[]; host_permissions?: string[]; optional_permissions?: string[] };
    const asked = new Set([...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_permissions ?? [])]);
    expect([...asked].sort()).toEqual([...documented].sort());
    expect([...(m.optional_permissions ?? [])].sort()).toEqual([...documentedOptional].sort());
    expect(documentedOptional.size).toBeGreaterThan(0);
  });

  it.each([
    ['chrome', CHROME_BUILD],
    ['firefox', FIREFOX_BUILD],
  ])('%s is named and described in English and French', (_browser, dir) => {
    const m = manifest(dir) as { name: string; description: string; default_locale: string };
    expect(m).toMatchObject({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
    for (const locale of ['en', 'fr']) {
      const messages = JSON.parse(readFileSync(resolve(dir, `_locales/${locale}/messages.json`), 'utf8'));
      expect(messages.extName.message).toBe('Shadow Work');
      expect(messages.extDescription.message.length).toBeGreaterThan(40);
      // The Chrome Web Store refuses a package whose manifest description is longer.
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    }
  });

  it.each([
    ['chrome', CHROME_BUILD],
    ['firefox', FIREFOX_BUILD],
  ])('%s puts one small script on every page, the sentinel, without the polyfill', (_browser, dir) => {
    const scripts = (manifest(dir) as { content_scripts: { matches: string[]; js: string[] }[] }).content_scripts;
    const everywhere = scripts.filter((s) => s.matches.includes('https://*/*'));
    expect(everywhere.map((s) => s.js)).toEqual([[SENTINEL_SCRIPT]]);
    const sentinel = readFileSync(resolve(dir, SENTINEL_SCRIPT));
    expect(sentinel.toString()).not.toMatch(
      /webextension-polyfill|This script should only be loaded in a browser extension/,
    );
    expect(gzipSync(sentinel).length).toBeLessThanOrEqual(8 * 1024);
  });

  it.each(['start', 'start:firefox'])(
    '`npm run %s` has a launcher that loads (here it stops for want of a display)',
    (name) => {
      const scripts = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
      const [, launcher] = (scripts[name] as string).split(' && ');
      const [command, ...args] = (launcher as string).split(' ');
      const { DISPLAY: _x, WAYLAND_DISPLAY: _wayland, ...env } = process.env;
      const run = spawnSync(command as string, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
      expect(run.stderr).toContain('No display found');
      expect(run.status).toBe(1);
    },
  );

  it('carries icons at the sizes both stores ask for', () => {
    for (const dir of [CHROME_BUILD, FIREFOX_BUILD]) {
      const icons = (manifest(dir) as { icons: Record<string, string> }).icons;
      expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48', '96']);
    }
  });

  /** Every way a script can reach the network, and markup that loads from it. */
  const NETWORK_API =
    /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection|WebTransport|importScripts|\bnew\s+Request\s*\(/;
  const REMOTE_RESOURCE = /(?:src|href|action)\s*=\s*["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\/|@import/i;

  it.each([
    ['chrome', CHROME_BUILD],
    ['firefox', FIREFOX_BUILD],
  ])('%s ships no code that can make a network request, and loads nothing from the web', (_browser, dir) => {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      ['.js', '.html', '.css'].includes(extname(f)),
    );
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(3);
    const offending = files.flatMap((file) => {
      const text = readFileSync(resolve(dir, file), 'utf8');
      const match = (extname(file) === '.js' ? NETWORK_API : REMOTE_RESOURCE).exec(text);
      return match ? [`${file}: ${text.slice(Math.max(0, match.index - 60), match.index + 60)}`] : [];
    });
    expect(offending).toEqual([]);
  });
});
