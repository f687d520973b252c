/**
 * `npm run screenshots`: the store screenshots, 1280×800 as both stores ask, of the built
 * extension in Chromium with the sample week a new person can add from the popup. The popup,
 * the report and the settings, in English and French, light and dark, written to
 * docs/screenshots/<page>-<language>-<theme>.png. Not part of the test command: run it when
 * the pages change, look at the images, and commit them.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ChromiumSession, launchChromium } from '../harness/chromium.ts';
import { ROOT } from '../harness/paths.ts';

const OUT = resolve(ROOT, 'docs/screenshots');
const SIZE = { width: 1280, height: 800 };
/** Each language with the region whose money it shows. */
const LANGUAGES = [
  { language: 'en', region: 'US', locale: 'en-US' },
  { language: 'fr', region: 'FR', locale: 'fr-FR' },
] as const;
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** Browsers show a popup at most 600 pixels high, and it scrolls beyond. */
const POPUP_HEIGHT = 600;

/**
 * The popup is a 400-pixel-wide page: on the store's canvas it is shown as the toolbar shows
 * it, a window on a plain backdrop, once scrolled to the top and once to the bottom.
 */
function popupOnCanvas(image: Buffer, height: number, theme: Theme): string {
  const views = height <= POPUP_HEIGHT ? [0] : [0, height - POPUP_HEIGHT];
  const card = (offset: number) =>
    `<div style="width:400px;height:${Math.min(height, POPUP_HEIGHT)}px;background:url(data:image/png;base64,${image.toString('base64')}) 0 -${offset}px;border-radius:10px;box-shadow:0 12px 40px rgb(0 0 0 / 0.3),0 0 0 1px rgb(0 0 0 / 0.1)"></div>`;
  return `<!doctype html><body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;display:flex;gap:80px;align-items:center;justify-content:center;background:${theme === 'dark' ? '#0b0e14' : '#d5d9e0'}">${views.map(card).join('')}</body>`;
}

async function open(session: ChromiumSession, path: string, theme: Theme): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(SIZE);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(session.extensionUrl(path));
  await page.waitForSelector('main');
  return page;
}

/** Charts animate as they are drawn: let them settle before the picture is taken. */
const settle = (page: Page) => page.waitForTimeout(1_500);

async function save(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
  await page.close();
}

await mkdir(OUT, { recursive: true });

for (const { language, region, locale } of LANGUAGES) {
  // The browser in that language too, so that its own controls (date fields) speak it.
  const session = await launchChromium({ locale });

  // The sample week, added as a new person would: "Try it with a sample week" in the empty popup.
  const first = await open(session, 'popup.html', 'light');
  await first.click('[data-testid="sample-add"]');
  await first.waitForSelector('[data-testid="sample-banner"]');
  const sampleWeek = await first.getAttribute('.payslip', 'data-week');
  await first.evaluate(
    async (choice) => {
      type Local = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      const { storage } = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
      const { settings } = await storage.local.get('settings');
      await storage.local.set({ settings: { ...(settings as object), ...choice } });
    },
    { language, region },
  );
  await first.close();

  for (const theme of THEMES) {
    const suffix = `${language}-${theme}`;

    // The popup opens on this week, which may have just begun: show the complete sample week.
    const popup = await open(session, 'popup.html', theme);
    await popup.click('.week-nav button:first-child');
    await popup.waitForSelector(`.payslip[data-week="${sampleWeek}"] [data-testid="total-actions"]`);
    await popup.mouse.move(SIZE.width - 1, SIZE.height - 1);
    await settle(popup);
    const height = await popup.evaluate(() => document.body.scrollHeight);
    const image = await popup.locator('body').screenshot();
    await popup.setContent(popupOnCanvas(image, height, theme));
    await save(popup, `popup-${suffix}`);

    const report = await open(session, 'report.html', theme);
    await report.waitForSelector('[data-testid="range-actions"]');
    await settle(report);
    await save(report, `report-${suffix}`);

    const options = await open(session, 'options.html', theme);
    await options.waitForSelector('[data-testid="sample-status"]');
    await save(options, `options-${suffix}`);
  }
  await session.close();
}
