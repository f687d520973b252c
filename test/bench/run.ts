/**
 * `npm run bench`: what Shadow Work costs, measured in Debian's Chromium on this machine,
 * printed as figures and checked against the budgets of the performance issue. Every
 * comparison is made in the same run, paired page by page, and reported as medians and p95.
 * Sections: bundles, pages, work, popup, writes (pass names to run only some).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { SENTINEL_SCRIPT } from '../../lib/scripts.ts';
import { launchChromium } from '../harness/chromium.ts';
import { CHROME_BUILD, FIREFOX_BUILD } from '../harness/paths.ts';
import { FIXTURES_DIR } from '../harness/server.ts';
import { startWorld } from '../harness/world.ts';
import { seedHistory } from './history.ts';
import { budget, fmt, median, p95, summary } from './stats.ts';

const KB = 1024;
const sections = new Set(process.argv.slice(2));
const wanted = (name: string) => sections.size === 0 || sections.has(name);
const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;

function jsFiles(dir: string, prefix = ''): string[] {
  return readdirSync(resolve(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return jsFiles(dir, path);
    return path.endsWith('.js') ? [path] : [];
  });
}

function bundles(): void {
  console.log('\n5. Bundle sizes (raw / gzip)');
  for (const [name, dir] of [
    ['Chrome', CHROME_BUILD],
    ['Firefox', FIREFOX_BUILD],
  ] as const) {
    console.log(`  ${name} (${dir.replace(/.*\.output\//, '.output/')})`);
    for (const file of jsFiles(dir).sort()) {
      const path = resolve(dir, file);
      console.log(
        `    ${file.padEnd(44)} ${fmt(readFileSync(path).length / KB, 1).padStart(7)} KB ${fmt(gzipSize(path) / KB, 1).padStart(6)} KB`,
      );
    }
  }
  const popupHtml = readFileSync(resolve(CHROME_BUILD, 'popup.html'), 'utf8');
  const initial = [...popupHtml.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  const popupGzip = initial.reduce((sum, file) => sum + gzipSize(resolve(CHROME_BUILD, file)), 0);
  console.log(`  popup initial JS: ${initial.join(', ')}`);
  budget('popup initial JS ≤ 90 KB gzip', `${fmt(popupGzip / KB, 1)} KB`, popupGzip <= 90 * KB);
  const sentinel = gzipSize(resolve(CHROME_BUILD, SENTINEL_SCRIPT));
  budget(
    'extension script injected where no detector applies ≤ 8 KB gzip',
    `${fmt(sentinel / KB, 1)} KB`,
    sentinel <= 8 * KB,
  );
}

const corpusPages = () => readdirSync(resolve(FIXTURES_DIR, 'corpus')).filter((name) => name.endsWith('.html'));

interface Measured {
  page: Page;
  /** Main-thread script time of the page so far, in ms, from Chromium's own metrics. */
  scriptMs(): Promise<number>;
}

async function openMeasured(context: BrowserContext, url: string): Promise<Measured> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => {});
  await page.waitForTimeout(300); // content scripts run at document_idle
  return {
    page,
    async scriptMs() {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    },
  };
}

async function pages(rounds: number): Promise<void> {
  console.log(
    `\n1. Page cost: the ${corpusPages().length} corpus pages, with and without the extension, ${rounds} rounds`,
  );
  const world = await startWorld();
  const withExtension = await launchChromium({ proxy: world.proxy });
  const without = await launchChromium({ proxy: world.proxy, extensionPath: null });
  const added: number[] = [];
  const names = corpusPages();
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const url = `https://${name.replace(/\.html$/, '')}.corpus.test/corpus/${name}`;
      const order = round % 2 === 0 ? [withExtension, without] : [without, withExtension];
      const cost = new Map<unknown, number>();
      for (const session of order) {
        const measured = await openMeasured(session.context, url);
        cost.set(session, await measured.scriptMs());
        await measured.page.close();
      }
      added.push((cost.get(withExtension) as number) - (cost.get(without) as number));
    }
  }
  console.log(
    `  added main-thread script time per page load: median ${fmt(median(added), 3)} ms, p95 ${fmt(p95(added), 3)} ms (${added.length} paired loads)`,
  );
  const sentinel = resolve(CHROME_BUILD, SENTINEL_SCRIPT);
  console.log(
    `  extension script injected per page: ${readFileSync(sentinel).length} bytes (${gzipSize(sentinel)} gzip), the sentinel only`,
  );
  budget(
    'added script time per page load where no detector applies ≤ 1 ms (median)',
    `${fmt(median(added), 3)} ms`,
    median(added) <= 1,
  );
  await withExtension.close();
  await without.close();
  await world.close();
}

/** A page where detectors work: how it is opened and worked on, and how many keys that takes. */
interface WorkScenario {
  name: string;
  url: string;
  /** The first interaction, which has the detectors injected. */
  start(page: Page): Promise<void>;
  /** The typing itself; returns the number of keys pressed. */
  type(page: Page): Promise<number>;
}

const WORK_SCENARIOS: WorkScenario[] = [
  {
    name: 'a review typed on a demo page',
    url: 'https://bench.test/demo/review-form.html',
    async start(page) {
      await page.click('label[for="star4"]');
      await page.click('#review-body');
    },
    async type(page) {
      const text = 'x'.repeat(120);
      await page.keyboard.type(text, { delay: 15 });
      return text.length;
    },
  },
  {
    name: "a checkout's address step filled in (PrestaShop)",
    url: 'https://www.example-shop.fr/commande',
    start: (page) => page.click('#field-firstname'),
    async type(page) {
      // The fields in their order on the page, from one to the next with Tab (a key press too);
      // the country is left as it is.
      const typed = ['Camille', 'Durand', '12 rue des Lilas', '69003', 'Lyon', null, '0612345678'];
      for (const [i, text] of typed.entries()) {
        if (i > 0) await page.keyboard.press('Tab');
        if (text) await page.keyboard.type(text, { delay: 15 });
      }
      return typed.reduce((keys, text) => keys + (text?.length ?? 0), typed.length - 1);
    },
  },
];

async function work(rounds: number): Promise<void> {
  console.log(`\n2. Work pages, with and without the extension, ${rounds} rounds each`);
  const world = await startWorld();
  const withExtension = await launchChromium({ proxy: world.proxy });
  const without = await launchChromium({ proxy: world.proxy, extensionPath: null });
  const keystrokeMedians: number[] = [];
  for (const scenario of WORK_SCENARIOS) {
    const perPage: number[] = [];
    const perKey: number[] = [];
    let keys = 0;
    for (let round = 0; round < rounds; round++) {
      const cost = new Map<unknown, { page: number; keys: number }>();
      for (const session of round % 2 === 0 ? [withExtension, without] : [without, withExtension]) {
        const { page, scriptMs } = await openMeasured(session.context, scenario.url);
        await scenario.start(page);
        await page.waitForTimeout(500); // the detectors are injected on this first interaction
        const afterStart = await scriptMs();
        keys = await scenario.type(page);
        await page.waitForTimeout(200);
        cost.set(session, { page: afterStart, keys: (await scriptMs()) - afterStart });
        await page.close();
      }
      const a = cost.get(withExtension) as { page: number; keys: number };
      const b = cost.get(without) as { page: number; keys: number };
      perPage.push(a.page - b.page);
      perKey.push((a.keys - b.keys) / keys);
    }
    console.log(`  ${scenario.name} (${keys} keys):`);
    console.log(
      `    added script time per page (load, first interaction, detectors injected): median ${fmt(median(perPage), 2)} ms, p95 ${fmt(p95(perPage), 2)} ms`,
    );
    console.log(
      `    added script time per keystroke while the detectors are active: median ${fmt(median(perKey), 4)} ms, p95 ${fmt(p95(perKey), 4)} ms`,
    );
    keystrokeMedians.push(median(perKey));
  }
  const worst = Math.max(...keystrokeMedians);
  budget(
    'added script time per keystroke while a detector is active ≤ 0.1 ms (median, worst page)',
    `${fmt(worst, 4)} ms`,
    worst <= 0.1,
  );
  await withExtension.close();
  await without.close();
  await world.close();
}

async function popup(rounds: number): Promise<void> {
  console.log(`\n3. Popup: open to chart drawn, 60 events a day, ${rounds} openings each`);
  const times = new Map<string, number>();
  for (const [label, days] of [
    ['one week', 7],
    ['one year', 365],
    ['five years', 5 * 365],
  ] as const) {
    const session = await launchChromium();
    const events = await seedHistory(session, days, 60);
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const page = await session.context.newPage();
      await page.goto(session.extensionUrl('popup.html'));
      await page.waitForFunction(() => performance.getEntriesByName('shadow-work:chart-drawn').length > 0, null, {
        timeout: 10_000,
      });
      samples.push(
        await page.evaluate(() => performance.getEntriesByName('shadow-work:chart-drawn')[0]?.startTime ?? Number.NaN),
      );
      await page.close();
    }
    times.set(label, median(samples));
    console.log(
      `  ${label.padEnd(10)} (${events.toLocaleString('en')} events): median ${fmt(median(samples), 1)} ms, p95 ${fmt(p95(samples), 1)} ms`,
    );
    await session.close();
  }
  const ratio = (times.get('five years') as number) / (times.get('one week') as number);
  console.log(`  ratio five years / one week: ${fmt(ratio, 2)}`);
  budget(
    'popup chart drawn ≤ 150 ms after open with five years of history',
    `${fmt(times.get('five years') as number, 1)} ms`,
    (times.get('five years') as number) <= 150,
  );
  budget('five-year time within 1.25× of the one-week time', `${fmt(ratio, 2)}×`, ratio <= 1.25);
}

/**
 * Runs in a web page's isolated world, as the detectors do: sends `count` events the way
 * lib/content/deliver.ts does (outbox write and message at once) and returns each one's
 * acknowledgement latency. Self-contained, as injected functions must be.
 */
async function sendAsContentScript(tab: number, count: number): Promise<number[]> {
  type Api = {
    storage: { local: { set(items: object): Promise<void> } };
    runtime: { sendMessage(message: object): Promise<{ ok: boolean } | undefined> };
  };
  const api = (globalThis as unknown as { chrome: Api }).chrome;
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const now = Date.now();
    const event = {
      id: `bench-${tab}-${i}-${now}`,
      kind: 'review.posted',
      category: 'review',
      detector: 'review-form',
      host: location.hostname,
      startedAt: now - 20_000,
      endedAt: now,
      activeMs: 15_000,
      units: { chars: 80, stars: 4 },
    };
    const begin = performance.now();
    void api.storage.local.set({ [`outbox:${event.id}`]: { event, privateWindow: false } });
    const reply = await api.runtime.sendMessage({ type: 'record', event });
    if (!reply?.ok) throw new Error(JSON.stringify(reply));
    latencies.push(performance.now() - begin);
  }
  return latencies;
}

async function writes(): Promise<void> {
  const TABS = 20;
  const PER_TAB = 150;
  console.log(
    `\n4. Write path: ${TABS} web tabs at once, ${PER_TAB} events each, sent from their content-script world as the detectors send (outbox write and message at once)`,
  );
  const world = await startWorld();
  const session = await launchChromium({ proxy: world.proxy });
  const tabs = await Promise.all(
    Array.from({ length: TABS }, async (_, t) => {
      const page = await session.context.newPage();
      await page.goto(`https://shop-${t}.bench.test/demo/index.html`);
      return page;
    }),
  );
  // The background starts the senders itself, in every tab at once, through the scripting API.
  const worker = await session.worker();
  const { seconds, latencies } = await worker.evaluate(
    async ({ count, send }) => {
      type Injection = { target: { tabId: number }; func: (...args: never[]) => unknown; args: unknown[] };
      type Api = {
        tabs: { query(filter: object): Promise<{ id?: number }[]> };
        scripting: { executeScript(injection: Injection): Promise<{ result?: number[] }[]> };
      };
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const func = new Function(`return ${send}`)() as Injection['func'];
      const open = await api.tabs.query({ url: 'https://*.bench.test/*' });
      const begin = performance.now();
      const results = await Promise.all(
        open.map((tab, t) =>
          api.scripting.executeScript({ target: { tabId: tab.id as number }, func, args: [t, count] }),
        ),
      );
      return {
        seconds: (performance.now() - begin) / 1000,
        latencies: results.flatMap(([frame]) => frame?.result ?? []),
      };
    },
    { count: PER_TAB, send: sendAsContentScript.toString() },
  );
  const total = TABS * PER_TAB;
  const page = await session.openExtensionPage('popup.html');
  const stored = await page.evaluate(
    () =>
      new Promise<{ events: number; ids: number; daily: number }>((done) => {
        const request = indexedDB.open('shadow-work');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['events', 'daily']);
          const events = tx.objectStore('events').getAll();
          const daily = tx.objectStore('daily').getAll();
          tx.oncomplete = () => {
            const ids = new Set(events.result.map((e: { id: string }) => e.id));
            const counted = daily.result.reduce((sum: number, row: { count: number }) => sum + row.count, 0);
            done({ events: events.result.length, ids: ids.size, daily: counted });
          };
        };
      }),
  );
  const rate = total / seconds;
  console.log(`  ${latencies.length} acknowledged of ${total} sent in ${fmt(seconds, 2)} s: ${fmt(rate, 0)} events/s`);
  console.log(`  acknowledgement latency: median ${fmt(median(latencies), 1)} ms, p95 ${fmt(p95(latencies), 1)} ms`);
  console.log(`  stored: ${stored.events} events, ${stored.ids} distinct ids, rollups counting ${stored.daily}`);
  budget('≥ 500 events/s sustained from 20 tabs', `${fmt(rate, 0)} events/s`, rate >= 500);
  budget('p95 acknowledgement ≤ 50 ms', `${fmt(p95(latencies), 1)} ms`, p95(latencies) <= 50);
  budget(
    'every event stored exactly once',
    `${stored.events}/${total}`,
    stored.events === total && stored.ids === total && stored.daily === total,
  );
  for (const tab of tabs) await tab.close();
  await session.close();
  await world.close();
}

console.log(`Shadow Work benchmark — ${new Date().toISOString()}`);
if (wanted('bundles')) bundles();
if (wanted('pages')) await pages(Number(process.env.BENCH_ROUNDS ?? 3));
if (wanted('work')) await work(Number(process.env.BENCH_ROUNDS ?? 3) * 3);
if (wanted('popup')) await popup(7);
if (wanted('writes')) await writes();
process.exit(summary() ? 0 : 1);
