import { describe, expect, it } from 'vitest';
import { eventually } from '../harness/driver.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';
import { eventsOn, postReview } from '../harness/work.ts';

/** Long enough for a review that would be recorded to reach the database (it takes well under a second). */
const settle = () => new Promise((done) => setTimeout(done, 2500));

describe.each(BROWSERS)('in %s, the person’s controls', (_name, launch) => {
  const env = useBrowser(launch);

  const storedSettings = async () => ((await env.driver.storage()).settings ?? {}) as Record<string, unknown>;

  it('pause: nothing is recorded while paused, the popup says so, and recording resumes from it', async () => {
    const options = await env.driver.extensionPage('options.html');
    await options.click('[data-testid="pause-hour"]');
    await eventually(async () => ((await storedSettings()).pausedUntil ? true : undefined), 5000, 'the pause');
    expect(await options.text('[data-testid="recording-state"]')).toMatch(/^Recording is paused until /);
    await options.close();

    await postReview(env.driver, 'paused.kettles.test');
    await settle();
    expect(await eventsOn(env.driver, 'kettles.test')).toEqual([]);

    const popup = await env.driver.extensionPage('popup.html');
    await popup.waitFor('[data-testid="pause-banner"]');
    expect(await popup.text('[data-testid="pause-banner"] span')).toMatch(/^Recording is paused until /);
    await popup.click('[data-testid="resume"]');
    await eventually(async () => ((await storedSettings()).pausedUntil === null ? true : undefined), 5000, 'resume');
    await popup.close();

    await postReview(env.driver, 'paused.kettles.test');
    const events = await eventually(async () => {
      const found = await eventsOn(env.driver, 'kettles.test');
      return found.length > 0 ? found : undefined;
    });
    expect(events).toHaveLength(1);
  });

  it('per-site off from the popup: recording stops on that site only, and starts again when turned back on', async () => {
    const tab = await env.driver.newPage();
    await tab.goto('https://www.blender-shop.test/demo/review-form.html');
    const popup = await env.driver.popupWindow();
    await popup.waitFor('[data-testid="site-switch"]');
    expect(await popup.text('[data-testid="site-switch"] span')).toBe('Recording on blender-shop.test.');
    await popup.click('[data-testid="site-toggle"]');
    await eventually(
      async () => ((await storedSettings()).disabledSites as string[]).includes('blender-shop.test') || undefined,
      5000,
      'the site to be switched off',
    );
    expect(await popup.text('[data-testid="site-switch"] span')).toBe('Recording is off on blender-shop.test.');

    await postReview(env.driver, 'www.blender-shop.test');
    await postReview(env.driver, 'www.toaster-shop.test');
    await settle();
    expect(await eventsOn(env.driver, 'blender-shop.test')).toEqual([]);
    expect(await eventsOn(env.driver, 'toaster-shop.test')).toHaveLength(1);

    await popup.click('[data-testid="site-toggle"]');
    await eventually(
      async () => (((await storedSettings()).disabledSites as string[]).length === 0 ? true : undefined),
      5000,
      'the site to be switched back on',
    );
    await popup.close();
    await tab.close();
    await postReview(env.driver, 'www.blender-shop.test');
    const events = await eventually(async () => {
      const found = await eventsOn(env.driver, 'blender-shop.test');
      return found.length > 0 ? found : undefined;
    });
    expect(events).toHaveLength(1);
  });

  it('language: switching to French in the options turns every page French', async () => {
    const options = await env.driver.extensionPage('options.html');
    expect(await options.text('h1')).toBe('Shadow Work settings');
    await options.select('#language', 'fr');
    await eventually(async () => ((await options.text('h1')) === 'Réglages de Shadow Work' ? true : undefined));
    expect(await options.evaluate(() => document.documentElement.lang, undefined)).toBe('fr');

    const popup = await env.driver.extensionPage('popup.html');
    expect(await popup.text('h1')).toBe('Fiche de paie');
    await popup.waitFor('[data-testid="total-time"]');
    expect(await popup.text('tr[data-category="review"] th')).toContain('Avis et notes');
    await popup.close();
    const report = await env.driver.extensionPage('report.html');
    expect(await report.text('h1')).toBe('Rapport Shadow Work');
    await report.close();

    await options.select('#language', 'en');
    await eventually(async () => ((await options.text('h1')) === 'Shadow Work settings' ? true : undefined));
    await options.close();
  });
});
