import type { Page as PlaywrightPage } from 'playwright-core';
import type { ElementHandle, Page as PuppeteerPage } from 'puppeteer-core';
import { type ChromiumOptions, type ChromiumSession, launchChromium } from './chromium.ts';
import { type FirefoxOptions, type FirefoxSession, launchFirefox, untilShows } from './firefox.ts';

/** The actions inside one of a page's frames (a CAPTCHA widget's, say), the same in both browsers. */
export interface TestFrame {
  click(selector: string): Promise<void>;
  /** Types like a person, one key at a time, `delay` ms apart. */
  type(selector: string, text: string, delay?: number): Promise<void>;
  /** Waits until an element matching `selector` is in the frame, shown or not. */
  waitFor(selector: string, timeout?: number): Promise<void>;
}

/** The first of `frames()` whose address matches, once there is one. */
async function frameMatching<F extends { url(): string }>(frames: () => F[], url: RegExp): Promise<F> {
  return eventually(async () => frames().find((frame) => url.test(frame.url())), 10_000, `a frame at ${url}`);
}

/** The few page actions the end-to-end scenarios need, the same in both browsers. */
export interface TestPage {
  /** A frame of the page, found by its address (it may be cross-origin, and nested). */
  frame(url: RegExp): Promise<TestFrame>;
  goto(url: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Types like a person, one key at a time, `delay` ms apart. */
  type(selector: string, text: string, delay?: number): Promise<void>;
  /** Text content, trimmed. */
  text(selector: string): Promise<string>;
  /** Moves the pointer over an element, as on its way to a click. */
  hover(selector: string): Promise<void>;
  /** A trusted click at a point of the viewport, without waiting for anything. */
  clickAt(x: number, y: number): Promise<void>;
  /** Turns the mouse wheel over the page. */
  scroll(deltaY: number): Promise<void>;
  /** Presses a key or a chord such as "Control+C". */
  press(keys: string): Promise<void>;
  /** Brings the tab to the front: a browser renders no frames for background tabs, and input waits for frames. */
  focus(): Promise<void>;
  /** Errors thrown in the page or logged to its console since it opened, failed resource loads aside. */
  errors: string[];
  /** Chooses an option of a <select> by its value. */
  select(selector: string, value: string): Promise<void>;
  /** Gives a file input the file at `path`, as a person choosing it would. */
  upload(selector: string, path: string): Promise<void>;
  waitFor(selector: string, timeout?: number): Promise<void>;
  waitForUrl(pattern: RegExp): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Runs a script's source in the page, as the test tool does (not subject to the page's own CSP). */
  evaluateScript(source: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  newPage(): Promise<TestPage>;
  /** A page in a window of its own: shown, and rendering, alongside the others (tabs of one window are not). */
  newWindow(): Promise<TestPage>;
  extensionPage(path: string): Promise<TestPage>;
  /**
   * Opens the popup in a window of its own, as the toolbar button does: the active tab of the
   * last focused browser window stays the web page the popup is about.
   */
  popupWindow(): Promise<TestPage>;
  /** Everything the extension has stored in IndexedDB, read from one of its pages. */
  database(): Promise<{ events: Record<string, unknown>[]; daily: Record<string, unknown>[] }>;
  storage(): Promise<Record<string, unknown>>;
  /** Stops the background as the browser may at any moment: Chrome's idle worker stop, Firefox's page reload. */
  restartBackground(): Promise<void>;
  /** Reloads the whole extension, as an update does. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

export interface ChromiumDriver extends Driver {
  session: ChromiumSession;
}

/** The bits of the extension API the harness calls from inside extension pages. */
type ExtensionApi = { runtime: { reload(): void; getBackgroundPage(): Promise<Window | null> } };
type Extension = Record<'browser' | 'chrome', ExtensionApi>;

const isResourceFailure = (text: string) => /Failed to load resource|status of 404/.test(text);

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Closes a Chromium tab. Chromium may acknowledge a close that races a navigation commit (a
 * form just submitted) and then drop it (crbug.com/536385539), and Playwright would wait for
 * ever: the tab is asked again until it is gone.
 */
async function closeChromiumPage(page: PlaywrightPage): Promise<void> {
  const closed = page.close().then(() => true);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await Promise.race([closed, pause(1_000).then(() => false)])) return;
    const cdp = await page.context().newCDPSession(page);
    const { targetInfo } = (await cdp.send('Target.getTargetInfo')) as { targetInfo: { targetId: string } };
    await cdp.send('Target.closeTarget', { targetId: targetInfo.targetId }).catch(() => {});
  }
  await closed;
}

function fromPlaywright(page: PlaywrightPage): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isResourceFailure(message.text())) errors.push(message.text());
  });
  return {
    errors,
    focus: () => page.bringToFront(),
    frame: async (url) => {
      const frame = await frameMatching(() => page.frames(), url);
      return {
        click: (selector) => frame.click(selector),
        type: (selector, text, delay = 30) => frame.locator(selector).pressSequentially(text, { delay }),
        waitFor: async (selector, timeout = 10_000) =>
          void (await frame.waitForSelector(selector, { timeout, state: 'attached' })),
      };
    },
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    click: (selector) => page.click(selector),
    type: (selector, text, delay = 30) => page.locator(selector).pressSequentially(text, { delay }),
    text: async (selector) => ((await page.locator(selector).textContent()) ?? '').trim(),
    hover: (selector) => page.hover(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    scroll: async (deltaY) => {
      await page.mouse.move(400, 300);
      await page.mouse.wheel(0, deltaY);
    },
    press: (keys) => page.keyboard.press(keys),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    upload: (selector, path) => page.setInputFiles(selector, path),
    waitFor: async (selector, timeout = 10_000) => void (await page.waitForSelector(selector, { timeout })),
    waitForUrl: (pattern) => page.waitForURL(pattern),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    evaluateScript: async (source) => void (await page.evaluate(source)),
    close: () => closeChromiumPage(page),
  };
}

function fromPuppeteer(page: PuppeteerPage): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String((error as Error).message ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isResourceFailure(message.text())) errors.push(message.text());
  });
  return {
    errors,
    focus: () => page.bringToFront(),
    frame: async (url) => {
      const frame = await frameMatching(() => page.frames(), url);
      return {
        click: (selector) => frame.click(selector),
        type: (selector, text, delay = 30) => frame.type(selector, text, { delay }),
        waitFor: async (selector, timeout = 10_000) => void (await frame.waitForSelector(selector, { timeout })),
      };
    },
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    click: (selector) => page.click(selector),
    type: (selector, text, delay = 30) => page.type(selector, text, { delay }),
    text: (selector) => page.$eval(selector, (el) => (el.textContent ?? '').trim()),
    hover: (selector) => page.hover(selector),
    clickAt: (x, y) => page.mouse.click(x, y),
    scroll: async (deltaY) => {
      await page.mouse.move(400, 300);
      await page.mouse.wheel({ deltaY });
    },
    press: async (keys) => {
      const parts = keys.split('+') as Parameters<typeof page.keyboard.down>[0][];
      for (const key of parts) await page.keyboard.down(key);
      for (const key of parts.reverse()) await page.keyboard.up(key);
    },
    select: async (selector, value) => void (await page.select(selector, value)),
    upload: async (selector, path) => {
      const input = (await page.$(selector)) as ElementHandle<HTMLInputElement> | null;
      if (!input) throw new Error(`no ${selector}`);
      await input.uploadFile(path);
    },
    waitFor: async (selector, timeout = 10_000) => void (await page.waitForSelector(selector, { timeout })),
    waitForUrl: async (pattern) =>
      void (await page.waitForFunction((source: string) => new RegExp(source).test(location.href), {}, pattern.source)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: async (source) => void (await page.evaluate(source)),
    close: () => page.close(),
  };
}

/** Runs in an extension page: dumps both tables of the extension's database. */
async function dumpDatabase() {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('shadow-work');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const all = (table: string) =>
    new Promise<Record<string, unknown>[]>((done, fail) => {
      if (!db.objectStoreNames.contains(table)) return done([]);
      const request = db.transaction(table).objectStore(table).getAll();
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  const result = { events: await all('events'), daily: await all('daily') };
  db.close();
  return result;
}

async function dumpStorage(): Promise<Record<string, unknown>> {
  const scope = globalThis as unknown as Record<
    'browser' | 'chrome',
    { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } }
  >;
  return (scope.browser ?? scope.chrome).storage.local.get(null);
}

/** Runs in an extension page: opens the popup in a popup-type window. */
async function openPopupWindow(url: string): Promise<void> {
  const scope = globalThis as unknown as Record<
    'browser' | 'chrome',
    { windows: { create(options: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> } }
  >;
  await (scope.browser ?? scope.chrome).windows.create({ url, type: 'popup', width: 420, height: 700 });
}

/** Runs `fn` in a fresh page of the extension (options.html), with the extension's privileges. */
export async function viaExtensionPage<T>(driver: Pick<Driver, 'extensionPage'>, fn: () => Promise<T>): Promise<T> {
  const page = await driver.extensionPage('options.html');
  try {
    return await page.evaluate(fn, undefined);
  } finally {
    await page.close();
  }
}

export async function chromiumDriver(options: ChromiumOptions = {}): Promise<ChromiumDriver> {
  const session = await launchChromium(options);
  const driver: ChromiumDriver = {
    name: 'chromium',
    session,
    newPage: async () => fromPlaywright(await session.context.newPage()),
    // Playwright's headless Chromium shows every page as if it had a window of its own.
    newWindow: () => driver.newPage(),
    extensionPage: async (path) => {
      const page = await session.openExtensionPage(path);
      await page.waitForSelector('main');
      return fromPlaywright(page);
    },
    popupWindow: async () => {
      const url = session.extensionUrl('popup.html');
      const opened = session.context.waitForEvent('page', (page) => page.url() === url);
      const opener = await session.context.newPage();
      await opener.goto(session.extensionUrl('options.html'));
      await opener.evaluate(openPopupWindow, url);
      await opener.close();
      const page = await opened;
      // The popup may have asked for the active tab while the opener, a foreground tab, was still
      // open: asked again now, it finds the web page under it.
      await page.reload();
      await page.waitForSelector('main');
      return fromPlaywright(page);
    },
    database: () => viaExtensionPage(driver, dumpDatabase),
    storage: () => viaExtensionPage(driver, dumpStorage),
    restartBackground: () => session.stopWorker(),
    reloadExtension: () => session.reloadExtension(),
    close: () => session.close(),
  };
  return driver;
}

export interface FirefoxDriver extends Driver {
  session: FirefoxSession;
}

export async function firefoxDriver(options: FirefoxOptions = {}): Promise<FirefoxDriver> {
  const session = await launchFirefox(options);
  const driver: FirefoxDriver = {
    name: 'firefox',
    session,
    newPage: async () => fromPuppeteer(await session.browser.newPage()),
    newWindow: async () => fromPuppeteer(await session.browser.newPage({ type: 'window' })),
    extensionPage: async (path) => fromPuppeteer(await session.openExtensionPage(path)),
    popupWindow: async () => {
      const url = session.extensionUrl('popup.html');
      const opener = await session.openExtensionPage('options.html', { background: true });
      const before = new Set(await session.browser.pages());
      await opener.evaluate(openPopupWindow, url);
      await opener.close();
      // WebDriver BiDi reports the new window as about:blank, whatever it loads: find it as the new page.
      const page = await eventually(
        async () => (await session.browser.pages()).find((candidate) => !before.has(candidate)),
        10_000,
        'the popup window',
      );
      await untilShows(page, url);
      await page.waitForSelector('main');
      return fromPuppeteer(page);
    },
    database: () => viaExtensionPage(driver, dumpDatabase),
    storage: () => viaExtensionPage(driver, dumpStorage),
    async restartBackground() {
      const page = await driver.extensionPage('options.html');
      await page.evaluate(async () => {
        const background = await (globalThis as unknown as Extension).browser.runtime.getBackgroundPage();
        background?.location.reload();
      }, undefined);
      await page.close();
    },
    async reloadExtension() {
      const page = await driver.extensionPage('options.html');
      await page
        .evaluate(() => (globalThis as unknown as Extension).browser.runtime.reload(), undefined)
        .catch(() => {});
      // The new instance is up once its pages open and its background page has loaded; on a
      // busy machine that takes longer than any fixed wait. Firefox gives open tabs its
      // content scripts as it starts: leave it a moment for that too.
      await eventually(
        () =>
          viaExtensionPage(driver, async () => {
            const background = await (globalThis as unknown as Extension).browser.runtime.getBackgroundPage();
            return background?.document.readyState === 'complete' ? true : undefined;
          }).catch(() => undefined),
        30_000,
        'the reloaded extension',
      );
      await new Promise((done) => setTimeout(done, 1_000));
    },
    close: () => session.close(),
  };
  return driver;
}

/** Polls until `check` returns a value that is not undefined, or fails after `timeout` ms. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeout = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    // A check that never answers (a browser call stuck) fails the wait at its deadline, not the whole test later.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stuck = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () => fail(new Error(`Timed out waiting for ${what}: a check did not answer`)),
        Math.max(deadline - Date.now(), 0) + 5_000,
      );
    });
    const value = await Promise.race([check(), stuck]).finally(() => clearTimeout(timer));
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}
