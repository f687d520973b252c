import { describe, expect, it } from 'vitest';
import { chromiumDriver, eventually, firefoxDriver } from '../harness/driver.ts';
import { useBrowser } from '../harness/suite.ts';

/**
 * Chromium tells a frame its ancestors (location.ancestorOrigins); Firefox does since recent
 * versions, and here is run without it, as older ones are, so that the site comes from what
 * the widget's address says (reCAPTCHA's `co`, hCaptcha's `host`) or from the referrer.
 */
const firefoxWithoutAncestors = (options: Parameters<typeof firefoxDriver>[0]) =>
  firefoxDriver({ ...options, prefs: { 'dom.location.ancestorOrigins.enabled': false } });

describe.each([
  ['chromium', chromiumDriver],
  ['firefox', firefoxWithoutAncestors],
] as const)('in %s, CAPTCHAs and AI ratings', (_name, launch) => {
  const env = useBrowser(launch);

  /** The events one detector has stored, once there are `count` of them. */
  async function stored(detector: string, count = 1): Promise<Record<string, unknown>[]> {
    return eventually(
      async () => {
        const { events } = await env.driver.database();
        const mine = events.filter((event) => event.detector === detector);
        return mine.length >= count ? mine : undefined;
      },
      15_000,
      `${count} event(s) from ${detector}`,
    );
  }

  it('a reCAPTCHA solved on a shop, in Google’s frames, is work for Google done on the shop', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://www.example-shop.fr/compte/inscription');
    const anchor = await page.frame(/\/recaptcha\/api2\/anchor\?/);
    await anchor.click('#recaptcha-anchor');
    const challenge = await page.frame(/\/recaptcha\/api2\/bframe\?/);
    await challenge.waitFor('.rc-imageselect-table-33');
    for (const n of [1, 5, 9]) await challenge.click(`[aria-label="Image de validation ${n}"]`);
    await challenge.click('#recaptcha-verify-button'); // wrong: a second grid follows
    await challenge.waitFor('.rc-imageselect-incorrect-response:not([style*="none"])');
    await challenge.waitFor('.rc-imageselect-table-33:not(:has(.rc-imageselect-tileselected))');
    for (const n of [2, 4]) await challenge.click(`[aria-label="Image de validation ${n}"]`);
    await challenge.click('#recaptcha-verify-button');
    await anchor.waitFor('#recaptcha-anchor[aria-checked="true"]');

    const [event, ...more] = await stored('recaptcha');
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      kind: 'captcha.solved',
      category: 'captcha',
      site: 'example-shop.fr',
      beneficiary: 'Google',
      units: { rounds: 2, images: 5 },
    });
    // Six clicks over two grids: more than a second of work, never more than the span.
    expect(event?.activeMs).toBeGreaterThan(500);
    expect(event?.activeMs as number).toBeLessThanOrEqual((event?.endedAt as number) - (event?.startedAt as number));
    await page.close();
  });

  it('an hCaptcha solved on a forum is work for hCaptcha done on the forum', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://forum.example-velo.fr/inscription');
    const checkbox = await page.frame(/\/hcaptcha\.html#frame=checkbox&/);
    await checkbox.click('#checkbox');
    const challenge = await page.frame(/\/hcaptcha\.html#frame=challenge&/);
    await challenge.waitFor('.task-grid');
    for (const n of [2, 6]) await challenge.click(`[aria-label="Image du défi ${n}"]`);
    await challenge.click('.button-submit'); // "Suivant": a second page of images
    await challenge.waitFor('.button-submit[aria-label="Vérifier"]');
    await challenge.click('[aria-label="Image du défi 8"]');
    await challenge.click('.button-submit');
    await checkbox.waitFor('#checkbox[aria-checked="true"]');

    const [event, ...more] = await stored('hcaptcha');
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      kind: 'captcha.solved',
      site: 'example-velo.fr',
      beneficiary: 'Intuition Machines (hCaptcha)',
      units: { rounds: 2, images: 3 },
    });
    expect(event?.activeMs).toBeGreaterThan(300);
    await page.close();
  });

  it('a Turnstile ticked on a ticket office is work for Cloudflare done there', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://www.example-billetterie.fr/connexion');
    await page.frame(/challenges\.cloudflare\.com\/cdn-cgi\/challenge-platform\/.*\/turnstile\//);
    // The box is inside the widget's closed shadow root: click where a person sees it.
    const box = await page.evaluate(() => {
      const rect = (document.querySelector('iframe[id^="cf-chl-widget-"]') as HTMLElement).getBoundingClientRect();
      return { x: rect.left + 25, y: rect.top + rect.height / 2 };
    }, undefined);
    await page.clickAt(box.x, box.y);

    const [event, ...more] = await stored('turnstile');
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      kind: 'captcha.solved',
      site: 'example-billetterie.fr',
      beneficiary: 'Cloudflare',
      units: {},
    });
    await page.close();
  });

  it('an Arkose puzzle solved on a sign-up page is work for Arkose Labs done there', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://signup.example-games.com/join');
    const game = await page.frame(/\/fc\/assets\/ec-game-core\/game-core\//);
    await game.click('[data-theme="home.verifyButton"]');
    await game.waitFor('[data-theme="tile-game.submitButton"]');
    await game.click('[aria-label="Navigate to next image"]');
    await game.click('[aria-label="Navigate to next image"]');
    await game.waitFor('img[aria-label="Image 3 of 6."]');
    await game.click('[data-theme="tile-game.submitButton"]');
    await game.waitFor('img[aria-label="Image 1 of 6."]'); // the second round
    await game.click('[aria-label="Navigate to previous image"]');
    await game.click('[data-theme="tile-game.submitButton"]');
    await game.waitFor('.victory');

    const [event, ...more] = await stored('arkose');
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      kind: 'captcha.solved',
      site: 'example-games.com',
      beneficiary: 'Arkose Labs',
      units: { rounds: 2 },
    });
    expect(event?.activeMs).toBeGreaterThan(200);
    await page.close();
  });

  it('a CAPTCHA image copied into a town hall’s contact form is work done for the town hall', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://www.example-mairie.fr/demo/contact-captcha.html');
    await page.type('#nom', 'Claire Martin');
    await page.type('#message', 'Bonjour, la mairie est-elle ouverte samedi ?');
    await page.click('#captcha_code');
    await page.type('#captcha_code', 'x7Kq2m', 80);
    await page.click('button[type="submit"]');
    await page.waitForUrl(/thanks/);

    const [event, ...more] = await stored('text-captcha');
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      kind: 'captcha.submitted',
      site: 'example-mairie.fr',
      beneficiary: 'example-mairie.fr',
      units: { rounds: 1, chars: 6 },
    });
    expect(event?.activeMs).toBeGreaterThan(300);
    await page.close();
  });

  it('rating and comparing ChatGPT’s answers is work for OpenAI', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://chatgpt.com/c/67a1f3c2-8d4e-8000-9b1a-3f2c5d6e7a8b');
    await page.click('[data-testid="bad-response-turn-action-button"]');
    await page.waitFor('[role="dialog"]');
    await page.click('[role="dialog"] button[aria-pressed]');
    await page.type('[role="dialog"] textarea', 'Il manque la population.', 50);
    await page.click('[data-testid="feedback-submit"]');
    await page.click('[data-testid="paragen-prefer-response-button"]');

    const events = await stored('chatbot-rating', 3);
    const byKind = Object.fromEntries(events.map((event) => [event.kind, event]));
    expect(Object.keys(byKind).sort()).toEqual(['ai.compared', 'ai.explained', 'ai.rated']);
    for (const event of events)
      expect(event).toMatchObject({ category: 'captcha', site: 'chatgpt.com', beneficiary: 'OpenAI' });
    expect(byKind['ai.rated']).toMatchObject({ units: { answers: 1 } });
    expect(byKind['ai.compared']).toMatchObject({ units: { answers: 1 } });
    expect(byKind['ai.explained']).toMatchObject({ units: { chars: 24, answers: 1 } });
    expect(byKind['ai.explained']?.activeMs).toBeGreaterThan(500);
    await page.close();
  });
});
