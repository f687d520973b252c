import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config.ts';
import { FIREFOX_BUILD, firefoxPath } from './paths.ts';

export interface FirefoxOptions {
  extensionPath?: string;
  headless?: boolean;
  /** "host:port" of the test world's proxy (test/harness/world.ts): every request goes through it. */
  proxy?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** More preferences, e.g. to make Firefox behave as an older version. */
  prefs?: Record<string, unknown>;
}

export interface FirefoxSession {
  browser: Browser;
  extensionUrl(path: string): string;
  /**
   * Opens a moz-extension:// page; puppeteer's goto never resolves there, so wait for the DOM
   * instead. In the background, it leaves the active tab as it was.
   */
  openExtensionPage(path: string, options?: { background?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Waits until `page` shows `url`. Evaluating in a page that is navigating can fail outright
 * over WebDriver BiDi ("right-hand side of 'in' should be an object"): such failures are retried.
 */
export async function untilShows(page: Page, url: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await page.evaluate(() => location.href).catch(() => null)) !== url) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${url} to open`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Debian's Firefox ESR over WebDriver BiDi, the built extension installed as a temporary add-on. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxSession> {
  const uuid = randomUUID();
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.ping-centre.telemetry': false,
  };
  if (options.proxy) {
    const [host, port] = options.proxy.split(':');
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': host,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': host,
      'network.proxy.ssl_port': Number(port),
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    });
  }
  if (options.locale) prefs['intl.locale.requested'] = options.locale;
  if (options.colorScheme)
    prefs['layout.css.prefers-color-scheme.content-override'] = options.colorScheme === 'dark' ? 0 : 1;
  Object.assign(prefs, options.prefs);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 800 },
  });
  await browser.installExtension(options.extensionPath ?? FIREFOX_BUILD);
  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionUrl,
    async openExtensionPage(path, { background = false } = {}) {
      const page = await browser.newPage({ background });
      const url = extensionUrl(path);
      page.goto(url).catch(() => {});
      await untilShows(page, url);
      // While the page is still being replaced, an evaluation can fail inside Firefox's BiDi code: try again.
      for (let attempt = 1; ; attempt++) {
        try {
          await page.waitForSelector('main');
          return page;
        } catch (error) {
          if (attempt === 3 || !/Protocol error/.test(String(error))) throw error;
        }
      }
    },
    async close() {
      // Firefox sometimes takes its time to quit with many tabs open: do not wait forever.
      const quit = browser.close().catch(() => {});
      const timeout = new Promise((done) => setTimeout(done, 15_000));
      await Promise.race([quit, timeout]);
      browser.process()?.kill('SIGKILL');
    },
  };
}
