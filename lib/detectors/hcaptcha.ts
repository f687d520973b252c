import { hostOf } from '../url';
import { type Widget, watchChallenge, watchCheckbox } from './shared/captcha-widget';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * hCaptcha, in its two frames of the same page on newassets.hcaptcha.com, told apart by the
 * `frame` parameter of the address's fragment: the checkbox ("I am human") and the challenge
 * (a grid of images, or a canvas to click on). The challenge frame counts rounds (Verify,
 * Next or Skip pressed), images picked and time into the tab's flow; the checkbox frame
 * records `captcha.solved` when it turns checked after the person ticked it.
 */
const SITES = ['https://*.hcaptcha.com/captcha/*'];
const onWidgetHosts = matchesSites(SITES);

const CHECKBOX = '#checkbox';
const CHALLENGE = {
  tile: '.task-image, .task-grid .task',
  picked: '.task-image[aria-pressed="true"], .task-grid .task[aria-pressed="true"]',
  answer: '.button-submit',
  challenge: '.task-grid, .challenge-view canvas',
};

/** The frame's part (`checkbox`, `challenge`) and the embedding page's host, from the fragment. */
export function frameOf(url: URL): { part: string | null; embedder?: string } {
  const params = new URLSearchParams(url.hash.slice(1));
  return { part: params.get('frame'), embedder: params.get('host') || hostOf(params.get('origin')) };
}

export default defineDetector({
  id: 'hcaptcha',
  category: 'captcha',
  sites: SITES,
  matches: (url) => onWidgetHosts(url) && url.pathname.endsWith('/hcaptcha.html'),
  start(ctx) {
    const { part, embedder } = frameOf(ctx.url);
    const widget: Widget = { via: ctx.url.hostname, embedder };
    if (part === 'checkbox') return watchCheckbox(ctx, CHECKBOX, widget);
    if (part === 'challenge') watchChallenge(ctx, CHALLENGE);
    return () => {};
  },
});

// Made for: https://newassets.hcaptcha.com/captcha/v1/<build>/static/hcaptcha.html#frame=checkbox&id=…&host=…&sitekey=…
// and …/hcaptcha.html#frame=challenge&id=…&host=…, as embedded on sign-up and contact forms
// (Epic Games, Discord, Cloudflare dashboards); demo at https://accounts.hcaptcha.com/demo.
