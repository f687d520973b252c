import { describe, expect, it } from 'vitest';
import { eventually } from '../harness/driver.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';

describe.each(BROWSERS)('in %s, a review posted on a demo page', (_name, launch) => {
  const env = useBrowser(launch);

  it('is stored once, with its site, stars, length and active time, and shows in the popup', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://kettles.shop.test/demo/review-form.html');
    await page.click('label[for="star4"]');
    await page.type('#review-body', 'Boils fast, a bit loud at night.', 60);
    await page.click('button[type="submit"]');
    await page.waitForUrl(/thanks/);

    const { events } = await eventually(
      async () => {
        const db = await env.driver.database();
        return db.events.length > 0 ? db : undefined;
      },
      10_000,
      'the review to be stored',
    );
    expect(events).toHaveLength(1);
    const event = events[0] as Record<string, unknown>;
    expect(event).toMatchObject({
      kind: 'review.posted',
      category: 'review',
      detector: 'review-form',
      site: 'shop.test',
      beneficiary: 'shop.test',
      units: { chars: 32, stars: 4 },
    });
    // 32 keys 60 ms apart: well over a second of work, and never more than the time on the page.
    expect(event.activeMs).toBeGreaterThan(1000);
    expect(event.activeMs as number).toBeLessThanOrEqual((event.endedAt as number) - (event.startedAt as number));

    const popup = await env.driver.extensionPage('popup.html');
    await popup.waitFor('[data-testid="total-actions"]');
    expect(await popup.text('[data-testid="total-actions"]')).toBe('1');
    expect(await popup.text('[data-testid="total-time"]')).toMatch(/^[1-9]\d* sec$/);
    expect(await popup.text('tr[data-category="review"]')).toContain('Reviews & ratings');
    await popup.close();
    await page.close();
  });
});
