import { describe, expect, it } from 'vitest';
import { type Driver, eventually, type TestPage } from '../harness/driver.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';

const COMPOSER = 'https://burst.test/reliability/composer.html';

/** Posts one short review on the composer page, as a person would. */
async function post(page: TestPage, stars: number, text = 'ok'): Promise<void> {
  await page.focus();
  await page.click(`[aria-label^="${stars} star"]`);
  await page.type('#review-text', text, 0);
  await page.click('#post');
}

async function storedEvents(driver: Driver) {
  return (await driver.database()).events;
}

describe.each(BROWSERS)('in %s, nothing is lost and nothing counted twice', (_name, launch) => {
  const env = useBrowser(launch);

  it('when the background restarts again and again during a burst from four tabs', async () => {
    const before = (await storedEvents(env.driver)).length;
    const tabs = await Promise.all(Array.from({ length: 4 }, () => env.driver.newPage()));
    for (const tab of tabs) {
      await tab.goto(COMPOSER);
      // A person's pointer reaches the composer before the first post, and the detectors start then.
      await tab.focus();
      await tab.hover('#review-text');
    }
    const ROUNDS = 6;
    let restarts = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Each tab writes a text of its own length, so that a missing review says which tab it was.
      for (const [i, tab] of tabs.entries()) await post(tab, (i % 3) + 1, `ok${'k'.repeat(i)}`);
      await env.driver.restartBackground();
      restarts += 1;
    }
    const expected = before + ROUNDS * tabs.length;
    let stored = 0;
    let storedAll: Record<string, unknown>[] | undefined;
    await eventually(
      async () => {
        storedAll = await storedEvents(env.driver);
        stored = storedAll.length;
        return stored >= expected ? true : undefined;
      },
      30_000,
      'the burst',
    ).catch(async (error: Error) => {
      const waiting = Object.keys(await env.driver.storage()).filter((key) => key.startsWith('outbox:'));
      const perTab = tabs.map(
        (_, i) => (storedAll ?? []).filter((e) => (e.units as { chars?: number }).chars === i + 2).length,
      );
      const pageErrors = tabs.flatMap((tab) => tab.errors);
      throw new Error(
        `${error.message}: ${stored - before} of ${expected - before} stored (per tab: ${perTab.join(', ')}), ` +
          `${waiting.length} in the outbox, page errors: ${JSON.stringify(pageErrors)}`,
      );
    });
    await new Promise((done) => setTimeout(done, 2_000)); // room for a late duplicate to show
    const events = await storedEvents(env.driver);
    expect(events).toHaveLength(expected);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const { daily } = await env.driver.database();
    expect(daily.reduce((sum, row) => sum + (row.count as number), 0)).toBe(expected);
    expect(Object.keys(await env.driver.storage()).filter((key) => key.startsWith('outbox:'))).toEqual([]);
    expect(restarts).toBe(ROUNDS);
    for (const tab of tabs) await tab.close();
  });

  it('when a one-click vote is the first thing done on a page, with the background asleep', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://burst.test/reliability/article.html');
    await env.driver.restartBackground();
    // The pointer rests on the button a moment before the click, as a person's does; the page
    // replaces the widget with a thank-you as soon as the vote is clicked.
    await page.hover('#vote-yes');
    await new Promise((done) => setTimeout(done, 400));
    await page.click('#vote-yes');
    await page.waitFor('[role="status"]');
    const votes = await eventually(
      async () => {
        const stored = (await storedEvents(env.driver)).filter((e) => e.detector === 'helpful-vote');
        return stored.length > 0 ? stored : undefined;
      },
      15_000,
      'the vote',
    );
    expect(votes).toMatchObject([{ kind: 'feedback.helpful_voted', site: 'burst.test' }]);
    await page.close();
  });

  it('when the tab is closed right after the submit', async () => {
    const before = (await storedEvents(env.driver)).length;
    const page = await env.driver.newPage();
    await page.goto('https://closing.test/demo/review-form.html');
    await page.click('label[for="star2"]');
    await page.type('#review-body', 'Closed at once');
    await page.click('button[type="submit"]');
    await page.close();
    await eventually(
      async () => ((await storedEvents(env.driver)).length > before ? true : undefined),
      15_000,
      'the review',
    );
    expect(await storedEvents(env.driver)).toHaveLength(before + 1);
  });

  it('when the extension is reloaded under an open page: the old scripts go quietly, the new ones take over', async () => {
    const page = await env.driver.newPage();
    await page.goto(COMPOSER);
    await post(page, 1); // the detectors are running in this page
    await eventually(async () => ((await storedEvents(env.driver)).length > 0 ? true : undefined));
    const before = (await storedEvents(env.driver)).length;
    await env.driver.reloadExtension();
    await post(page, 2);
    await eventually(
      async () => ((await storedEvents(env.driver)).length > before ? true : undefined),
      15_000,
      'a review after the reload',
    );
    await post(page, 3);
    await eventually(
      async () => ((await storedEvents(env.driver)).length > before + 1 ? true : undefined),
      15_000,
      'a second one',
    );
    await new Promise((done) => setTimeout(done, 1_500));
    expect(await storedEvents(env.driver)).toHaveLength(before + 2);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
