import type { Driver } from './driver.ts';

/**
 * Posts a review on the demo review form served under `host`, as a person would: a star,
 * some typing, the submit. Resolves once the thank-you page shows.
 */
export async function postReview(driver: Driver, host: string, stars = 4, text = 'Does the job, a bit loud.') {
  const page = await driver.newPage();
  await page.goto(`https://${host}/demo/review-form.html`);
  await page.click(`label[for="star${stars}"]`);
  await page.type('#review-body', text, 40);
  await page.click('button[type="submit"]');
  await page.waitForUrl(/thanks/);
  await page.close();
}

/** The stored events of one site, as the extension's database holds them. */
export async function eventsOn(driver: Driver, site: string): Promise<Record<string, unknown>[]> {
  return (await driver.database()).events.filter((event) => event.site === site);
}
