import { describe, expect, it } from 'vitest';
import { type Driver, eventually, type TestPage } from '../harness/driver.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';

/** The one event the extension stored from a detector (failing if it stored it twice). */
async function storedOnce(driver: Driver, detector: string): Promise<Record<string, unknown>> {
  const events = await eventually(
    async () => {
      // Reading the database opens an extension page; Firefox's remote protocol now and then
      // fails one such page under load: that is a failed look, not a failed test.
      const events = await driver.database().then(
        (db) => db.events,
        () => [],
      );
      const mine = events.filter((e) => e.detector === detector);
      return mine.length > 0 ? mine : undefined;
    },
    15_000,
    `${detector} to store its event`,
  );
  expect(events).toHaveLength(1);
  return events[0] as Record<string, unknown>;
}

/** Runs in the top page: the centre of an element of Google's review widget frame, in page coordinates. */
function pointInWidget(selector: string): { x: number; y: number } | null {
  const frame = document.querySelector<HTMLIFrameElement>('iframe[name="goog-reviews-write-widget"]');
  const el = frame?.contentDocument?.querySelector(selector);
  if (!frame || !el || frame.contentDocument?.readyState !== 'complete') return null;
  const outer = frame.getBoundingClientRect();
  const inner = el.getBoundingClientRect();
  return { x: outer.left + inner.left + inner.width / 2, y: outer.top + inner.top + inner.height / 2 };
}

async function clickInWidget(page: TestPage, selector: string): Promise<void> {
  const point = await eventually(
    () => page.evaluate(pointInWidget, selector).then((p) => p ?? undefined),
    10_000,
    selector,
  );
  await page.clickAt(point.x, point.y);
}

describe.each(BROWSERS)('in %s, reviews on named sites served under their real host names', (_name, launch) => {
  const env = useBrowser(launch);

  it('an Amazon review is stored once, when the thank-you alert shows, with its stars, length and company', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://www.amazon.fr/review/create-review?asin=B0C1234567');
    await page.click('[data-hook="ryp-star"]:nth-child(4)');
    await page.type('#scarface-review-title-label', 'Rapide', 50);
    await page.type('#scarface-review-text-card-title', 'Chauffe vite, un peu bruyante.', 50);
    await page.click('[data-hook="ryp-review-submit-button"] button');
    await page.waitFor('.ryp__thank-you-title');

    const event = await storedOnce(env.driver, 'amazon-review');
    expect(event).toMatchObject({
      kind: 'review.posted',
      category: 'review',
      site: 'amazon.fr',
      beneficiary: 'Amazon',
      units: { chars: 36, stars: 4 },
    });
    expect(event.activeMs).toBeGreaterThan(1000);
    await page.close();
  });

  it("a Google Maps review written in the widget's frame is stored once, for Google", async () => {
    const page = await env.driver.newPage();
    await page.goto('https://www.google.com/maps/place/Cafe_de_Flore');
    await page.click('[aria-label="Write a review"]');
    await clickInWidget(page, '[data-rating="5"]');
    await clickInWidget(page, 'textarea');
    for (const key of 'Greatcoffee') await page.press(key);
    await clickInWidget(page, '[jsname="IJM3w"]');
    await eventually(
      () => page.evaluate(pointInWidget, '#thank-you-title').then((p) => p ?? undefined),
      10_000,
      'thanks',
    );

    expect(await storedOnce(env.driver, 'google-maps-review')).toMatchObject({
      kind: 'review.posted',
      site: 'google.com',
      beneficiary: 'Google',
      units: { chars: 11, stars: 5 },
    });
    await page.close();
  });

  it('an IMDb rating without text is stored as review.rated, out of ten, for Amazon', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://www.imdb.com/title/tt0111161/');
    await page.click('[data-testid="hero-rating-bar__user-rating__unrated"]');
    await page.click('[aria-label="Rate 8"]');
    await page.click('.ipc-rating-prompt__rate-button');
    await page.waitFor('[data-testid="hero-rating-bar__user-rating__score"]');

    expect(await storedOnce(env.driver, 'imdb-review')).toMatchObject({
      kind: 'review.rated',
      site: 'imdb.com',
      beneficiary: 'Amazon',
      units: { stars: 8 },
    });
    await page.close();
  });

  it('the generic review detector recorded none of these a second time', async () => {
    await new Promise((done) => setTimeout(done, 1000));
    const { events } = await eventually(() => env.driver.database().catch(() => undefined), 10_000, 'the database');
    expect(events.map((e) => e.detector).sort()).toEqual(['amazon-review', 'google-maps-review', 'imdb-review']);
  });
});
