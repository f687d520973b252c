import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, chromiumPath } from './paths.ts';

export interface ChromiumOptions {
  /** The unpacked extension to load; null for a browser without it (benchmarks compare both). */
  extensionPath?: string | null;
  headless?: boolean;
  /** "host:port" of the test world's proxy (test/harness/world.ts): every request goes through it. */
  proxy?: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  extensionUrl(path: string): string;
  openExtensionPage(path: string): Promise<Page>;
  worker(): Promise<Worker>;
  /** Stops the extension's service worker, as Chrome does when it is idle. */
  stopWorker(): Promise<void>;
  workerRunning(): Promise<boolean>;
  /**
   * Reloads the extension as an update does, with the reload button of chrome://extensions:
   * `runtime.reload()` leaves an extension loaded from the command line disabled.
   */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension loaded, headless (recipe in ../shared/TESTING.md). */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const extensionPath = options.extensionPath === undefined ? CHROME_BUILD : options.extensionPath;
  const profile = await mkdtemp(join(tmpdir(), 'shadow-work-chromium-'));
  const args = [
    ...(extensionPath ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : []),
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    '--ignore-certificate-errors',
  ];
  if (options.proxy) args.push(`--proxy-server=http://${options.proxy}`);
  if (options.locale) args.push(`--lang=${options.locale}`);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args,
    ...(options.locale && { locale: options.locale }),
    ...(options.colorScheme && { colorScheme: options.colorScheme }),
    viewport: { width: 1280, height: 800 },
  });

  const findWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const extensionId = extensionPath ? new URL((await findWorker()).url()).host : '';
  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  const session: ChromiumSession = {
    context,
    extensionId,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    worker: findWorker,
    async stopWorker() {
      const page = await context.newPage();
      await page.goto(extensionUrl('popup.html'));
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      // A worker stopped with an event still on its way is started again at once: stop it
      // until it stays stopped. The target list also lags behind a stop by a moment.
      for (let attempt = 0; attempt < 5; attempt++) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        for (let i = 0; i < 30 && (await session.workerRunning()); i++)
          await new Promise((done) => setTimeout(done, 100));
        if (!(await session.workerRunning())) break;
      }
      await cdp.detach();
      await page.close();
    },
    async workerRunning() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { type: string; url: string }[];
      };
      await cdp.detach();
      return targetInfos.some(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}`),
      );
    },
    async reloadExtension() {
      const page = await context.newPage();
      await page.goto('chrome://extensions');
      await page.waitForFunction(() =>
        document.querySelector('extensions-manager')?.shadowRoot?.querySelector('extensions-toolbar'),
      );
      const clicked = await page.evaluate(async (id) => {
        type Shadowed = HTMLElement & { shadowRoot: ShadowRoot; checked?: boolean };
        const manager = document.querySelector('extensions-manager') as Shadowed;
        const find = (root: Shadowed, selector: string) => root.shadowRoot.querySelector(selector) as Shadowed | null;
        const devMode = find(find(manager, 'extensions-toolbar') as Shadowed, '#devMode');
        if (devMode && !devMode.checked) devMode.click();
        await new Promise((done) => setTimeout(done, 300));
        const item = find(find(manager, 'extensions-item-list') as Shadowed, `extensions-item#${id}`);
        const reload = item && find(item, '#dev-reload-button');
        reload?.click();
        return !!reload;
      }, extensionId);
      await page.close();
      if (!clicked) throw new Error('No reload button for the extension in chrome://extensions');
      await new Promise((done) => setTimeout(done, 1_000));
      for (let i = 0; i < 100 && !(await session.workerRunning()); i++)
        await new Promise((done) => setTimeout(done, 100));
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return session;
}
