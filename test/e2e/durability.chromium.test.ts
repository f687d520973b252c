import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumDriver, chromiumDriver, eventually } from '../harness/driver.ts';
import { startWorld, type World } from '../harness/world.ts';

describe('in chromium', () => {
  let world: World;
  let driver: ChromiumDriver;

  beforeAll(async () => {
    world = await startWorld();
    driver = await chromiumDriver({ proxy: world.proxy });
  });
  afterAll(async () => {
    await driver?.close();
    await world?.close();
  });

  const postReview = async (stars: number, text: string, beforeSubmit?: () => Promise<void>) => {
    const page = await driver.newPage();
    await page.goto('http://cafe.test/demo/review-form.html');
    await page.click(`label[for="star${stars}"]`);
    await page.type('#review-body', text);
    await beforeSubmit?.();
    await page.click('button[type="submit"]');
    await page.waitForUrl(/thanks/);
    await page.close();
  };

  it('counts a review once when the service worker was stopped and the submit navigates away', async () => {
    // Stopped after the detectors started and before the submit: the moment a plain
    // runtime.sendMessage from the submit handler is lost (../shared/TESTING.md).
    await postReview(5, 'Lovely terrace.', async () => {
      await driver.session.stopWorker();
      expect(await driver.session.workerRunning()).toBe(false);
    });
    const db = await eventually(
      async () => {
        const dump = await driver.database();
        return dump.events.length > 0 ? dump : undefined;
      },
      15_000,
      'the review to reach the database',
    );
    // Give a late duplicate (message path and outbox path) every chance to show up.
    await new Promise((done) => setTimeout(done, 1500));
    const after = await driver.database();
    expect(after.events).toHaveLength(1);
    expect(after.daily).toEqual([expect.objectContaining({ category: 'review', site: 'cafe.test', count: 1 })]);
    expect(db.events[0]).toMatchObject({ units: { stars: 5, chars: 15 } });
    const outbox = Object.keys(await driver.storage()).filter((key) => key.startsWith('outbox:'));
    expect(outbox).toEqual([]);
  });

  it('exports the record as JSON following the contract', async () => {
    const before = (await driver.database()).events.length;
    await postReview(3, 'Fine.');
    await eventually(async () => ((await driver.database()).events.length > before ? true : undefined));
    const options = await driver.session.openExtensionPage('options.html');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const file = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
    expect(file).toMatchObject({ format: 'shadow-work', version: 1 });
    expect(new Date(file.exportedAt).toISOString()).toBe(file.exportedAt);
    expect(file.events).toHaveLength(before + 1);
    for (const event of file.events) {
      expect(Object.keys(event).sort()).toEqual(
        [
          'activeMs',
          'beneficiary',
          'category',
          'detector',
          'endedAt',
          'id',
          'kind',
          'site',
          'startedAt',
          'units',
        ].sort(),
      );
      expect(event).toMatchObject({ category: 'review', site: 'cafe.test', detector: 'review-form' });
      expect(typeof event.startedAt).toBe('number');
    }
    expect(file.settings).toMatchObject({ lens: 'minimum', idleGapSeconds: 60 });
    await options.close();
  });
});
