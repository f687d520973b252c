import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ChromiumDriver,
  eventually,
  type FirefoxDriver,
  type TestPage,
  viaExtensionPage,
} from '../harness/driver.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';
import type { WorldRequest } from '../harness/world.ts';

/**
 * Every scenario in which a detector records work, as a person does it: the page, the star
 * to click if any, and what completes the work. Each new detector's scenario is one line here;
 * every text field of the page gets a marker typed into it.
 */
interface Scenario {
  page: string;
  rate?: string;
  complete: string;
}
const SCENARIOS: Scenario[] = [
  {
    page: 'https://kettles.shop.test/demo/review-form.html',
    rate: 'label[for="star4"]',
    complete: 'button[type="submit"]',
  },
  { page: 'https://harbour.cafe.test/demo/review-script.html', rate: '[aria-label="4 stars"]', complete: '#post' },
  { page: 'https://voyageurs.hotel.test/demo/avis.html', rate: 'label[for="e5"]', complete: '#envoyer' },
  { page: 'https://trip.rides.test/demo/rate-ride.html', rate: 'label[for="r5"]', complete: 'button[type="submit"]' },
];

/** Marks every field a person can type into, and returns how many there are. */
function markTextFields(): number {
  const fields = [
    ...document.querySelectorAll<HTMLElement>(
      'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="tel"], input[type="url"], [contenteditable="true"], [contenteditable=""]',
    ),
  ].filter((field) => field.getClientRects().length > 0);
  fields.forEach((field, i) => {
    field.dataset.privacyField = String(i);
  });
  return fields.length;
}

/** Everything the extension keeps: every IndexedDB database of its origin, and every storage area. */
async function everythingStored(): Promise<string> {
  const dump: Record<string, unknown> = {};
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    for (const store of db.objectStoreNames) {
      const read = (what: 'getAll' | 'getAllKeys') =>
        new Promise<unknown>((done, fail) => {
          const request = db.transaction(store).objectStore(store)[what]();
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
      dump[`indexedDB:${name}:${store}`] = { keys: await read('getAllKeys'), values: await read('getAll') };
    }
    db.close();
  }
  const scope = globalThis as unknown as Record<
    'browser' | 'chrome',
    { storage: Record<string, { get(keys: null): Promise<Record<string, unknown>> } | undefined> }
  >;
  const { storage } = scope.browser ?? scope.chrome;
  for (const area of ['local', 'session', 'sync']) dump[`storage.${area}`] = await storage[area]?.get(null);
  dump.localStorage = { ...localStorage };
  return JSON.stringify(dump);
}

/**
 * The browsers' own services (updates, remote settings, form-filling hints, sign-in). They
 * call home whatever extension is loaded; Shadow Work has no reason to call any of them.
 */
const BROWSER_SERVICES = [
  /\.googleapis\.com$/,
  /\.gvt1\.com$/,
  /^accounts\.google\.com$/,
  /^clients\d*\.google\.com$/,
  /\.services\.mozilla\.com$/,
  /\.mozilla\.(net|org)$/,
];

/**
 * Whether a request the browser made came from the extension. A page's own requests name
 * the page as referrer; a navigation is explained only when the test opened that address;
 * a request without a referrer, or with an extension as origin, is the extension's.
 */
function fromExtension(request: WorldRequest, opened: Set<string>): boolean {
  const origin = String(request.headers.origin ?? '');
  if (/^(chrome|moz)-extension:/.test(origin)) return true;
  if (BROWSER_SERVICES.some((service) => service.test(request.host))) return false;
  if (request.headers['sec-fetch-mode'] === 'navigate') {
    return !request.headers.referer && !opened.has(`${request.host}${request.path}`);
  }
  if (/^https?:/.test(origin)) return false;
  return !request.headers.referer;
}

describe.each(BROWSERS)('in %s, privacy', (name, launch) => {
  const env = useBrowser<ChromiumDriver | FirefoxDriver>(launch);
  const opened = new Set<string>();
  const marker = `qzv${randomBytes(6).toString('hex')}`;

  const open = async (page: TestPage, url: string) => {
    const { host, pathname } = new URL(url);
    opened.add(`${host}${pathname}`);
    await page.goto(url);
  };
  const requestsFromExtension = () => env.world.requests.filter((r) => fromExtension(r, opened));

  it('stores no typed text, no URL path, query or title, and makes no request of its own, through every scenario', async () => {
    for (const [index, scenario] of SCENARIOS.entries()) {
      const page = await env.driver.newPage();
      await open(page, `${scenario.page}?q=${marker}query&session=${marker}session#${marker}fragment`);
      await page.evaluate((mark: string) => {
        document.title = `${mark}title`;
        history.replaceState(null, '', `/${mark}path/orders/${mark}order${location.search}${location.hash}`);
      }, `${marker}${index}`);
      const fields = await page.evaluate(markTextFields, undefined);
      for (let i = 0; i < fields; i++) await page.type(`[data-privacy-field="${i}"]`, `${marker}typed${index}x${i}`);
      if (scenario.rate) await page.click(scenario.rate);
      await page.click(scenario.complete);
      await eventually(
        async () => ((await env.driver.database()).events.length === index + 1 ? true : undefined),
        10_000,
        `the work of ${scenario.page} to be stored`,
      );
      await page.close();
    }

    const stored = await viaExtensionPage(env.driver, everythingStored);
    expect(stored).toContain('"site":"shop.test"');
    expect(stored.match(new RegExp(`${marker}[a-z0-9]*`, 'g')) ?? []).toEqual([]);
    expect(stored).not.toContain('/orders/');

    expect(env.world.requests.length).toBeGreaterThan(SCENARIOS.length);
    expect(requestsFromExtension()).toEqual([]);
  });

  it('would see a request from the extension: the check above is not blind', async () => {
    const before = env.world.requests.length;
    await viaExtensionPage(env.driver, async () => {
      await fetch('https://kettles.shop.test/canary-fetch').catch(() => {});
      const image = new Image();
      image.src = 'https://kettles.shop.test/canary-image.png';
      await new Promise((done) => setTimeout(done, 1000));
    });
    if (name === 'chromium') {
      const worker = await (env.driver as ChromiumDriver).session.worker();
      await worker.evaluate(() => fetch('https://kettles.shop.test/canary-worker').catch(() => {}));
    }
    const caught = await eventually(
      async () => {
        const paths = env.world.requests
          .slice(before)
          .filter((r) => fromExtension(r, opened))
          .map((r) => r.path);
        return paths.length >= (name === 'chromium' ? 3 : 2) ? paths.sort() : undefined;
      },
      10_000,
      'the canary requests',
    );
    expect(caught).toEqual(
      name === 'chromium'
        ? ['/canary-fetch', '/canary-image.png', '/canary-worker']
        : ['/canary-fetch', '/canary-image.png'],
    );
    env.world.requests.splice(before);
  });

  it('records nothing from a page that fakes work, posts messages and tries to reach the extension', async () => {
    await viaExtensionPage(env.driver, async () => {
      const scope = globalThis as unknown as Record<
        'browser' | 'chrome',
        { runtime: { sendMessage(m: object): Promise<unknown> } }
      >;
      await (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'delete', selection: { scope: 'all' } });
    });
    expect((await env.driver.database()).events).toEqual([]);
    const id =
      name === 'chromium'
        ? (env.driver as ChromiumDriver).session.extensionId
        : new URL((env.driver as FirefoxDriver).session.extensionUrl('')).host;
    const page = await env.driver.newPage();
    await open(page, `https://prizes.hostile.test/hostile/index.html?id=${id}`);
    await page.click('#rules');
    await page.click('#review-body');
    await eventually(
      async () => ((await page.text('#log')).split('done').length > 2 ? true : undefined),
      10_000,
      'both attacks to run',
    );
    await new Promise((done) => setTimeout(done, 2000));
    const { events, daily } = await env.driver.database();
    const outbox = Object.keys(await env.driver.storage()).filter((key) => key.startsWith('outbox:'));
    expect({ events, daily, outbox }).toEqual({ events: [], daily: [], outbox: [] });
    expect(requestsFromExtension()).toEqual([]);
    await page.close();
  });
});
