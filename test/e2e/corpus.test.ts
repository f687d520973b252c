import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestPage } from '../harness/driver.ts';
import { FIXTURES_DIR } from '../harness/server.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';

const PAGES = readdirSync(resolve(FIXTURES_DIR, 'corpus')).filter((name) => name.endsWith('.html'));

/** Pages read at the same time, each in its own window: the machine has two cores. */
const LANES = 3;

/** Some pages are served under the host they came from, where named-site detectors would run. */
const HOSTS: Record<string, string> = {
  wikipedia: 'en.wikipedia.org',
  'wikipedia-2': 'fr.wikipedia.org',
  'wikipedia-3': 'de.wikipedia.org',
  'wikipedia-4': 'es.wikipedia.org',
  'medium-1': 'medium.com',
  'lemonde-1': 'www.lemonde.fr',
  'nytimes-1': 'www.nytimes.com',
  'bbc-1': 'www.bbc.co.uk',
  tumblr: 'www.tumblr.com',
  wordpress: 'wordpress.com',
  'yahoo-1': 'www.yahoo.com',
  msn: 'www.msn.com',
};

/** Scrolls an element matching `selector` into view and returns its centre, if there is one. */
function centreOf(selector: string): { x: number; y: number } | null {
  const el = [...document.querySelectorAll<HTMLElement>(selector)].find(
    (e) => !e.closest('a, button, [role="button"]') && e.getBoundingClientRect().height > 0,
  );
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const box = el.getBoundingClientRect();
  return { x: box.left + Math.min(box.width / 2, 40), y: box.top + Math.min(box.height / 2, 10) };
}

/**
 * Reads a page as a person would: scrolls, clicks in the text, copies a sentence, visits a
 * comment box. The page must load; after that a click may well navigate away, as it would
 * for a reader, and the reading simply stops there.
 */
async function read(page: TestPage, url: string): Promise<void> {
  await page.goto(url);
  try {
    for (let i = 0; i < 3; i++) await page.scroll(600);
    for (const selector of ['p', 'h2', 'li']) {
      const point = await page.evaluate(centreOf, selector);
      if (point) await page.clickAt(point.x, point.y);
    }
    await page.press('Control+C');
    const box = await page.evaluate(centreOf, 'textarea');
    if (box) {
      await page.clickAt(box.x, box.y);
      await page.press('Tab');
    }
  } catch (error) {
    if (!/context was destroyed|navigat/i.test(String(error))) throw error;
  }
}

describe.each(BROWSERS)('in %s, reading the real pages of the corpus', (_name, launch) => {
  const env = useBrowser(launch);

  it(`records nothing on any of the ${PAGES.length} pages`, { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    /**
     * Reads its share of the pages in a window of its own (a browser draws no frames for a
     * background tab, and input waits for frames), emptied between pages so that a navigation
     * a click started cannot spill over.
     */
    const lane = async (pages: string[]) => {
      let page = await env.driver.newWindow();
      for (const name of pages) {
        const base = name.replace(/\.html$/, '');
        const host = HOSTS[base] ?? `${base}.corpus.test`;
        const giveUp = new Promise<never>((_, fail) => setTimeout(() => fail(new Error('took over 20 s')), 20_000));
        await Promise.race([read(page, `https://${host}/corpus/${name}`), giveUp]).catch((error: Error) =>
          failures.push(`${name}: ${error.message.split('\n')[0]}`),
        );
        const emptied = await Promise.race([page.goto('about:blank').then(() => true), giveUp]).catch(() => false);
        if (!emptied) page = await env.driver.newWindow();
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(PAGES.filter((_, n) => n % LANES === i))));
    await new Promise((done) => setTimeout(done, 2000));
    const { events, daily } = await env.driver.database();
    const outbox = Object.keys(await env.driver.storage()).filter((key) => key.startsWith('outbox:'));
    expect({ events, daily, outbox }).toEqual({ events: [], daily: [], outbox: [] });
    // A page that could not be read at all would prove nothing: allow a few slow ones, not many.
    expect(failures.length, failures.join('\n')).toBeLessThan(PAGES.length / 10);
  });
});
