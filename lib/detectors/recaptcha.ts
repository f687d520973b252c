import { hostOf } from '../url';
import { recordFromFlow, type Widget, watchChallenge, watchCheckbox, watchNewElements } from './shared/captcha-widget';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Google reCAPTCHA v2, in its two frames on www.google.com or www.recaptcha.net: the anchor
 * (the "I'm not a robot" checkbox) and the bframe (the image or audio challenge). The bframe
 * counts rounds (Verify, Next or Skip pressed), images picked and time, and adds each round
 * to the tab's flow; the anchor records `captcha.solved` when the checkbox turns checked after
 * the person ticked it, with the rounds the bframe added. When reCAPTCHA gives up on the
 * person ("Try again later"), the rounds done are recorded as `captcha.failed`.
 */
const SITES = [
  'https://www.google.com/recaptcha/*',
  'https://google.com/recaptcha/*',
  'https://www.recaptcha.net/recaptcha/*',
  'https://recaptcha.net/recaptcha/*',
];
const FRAME_PATH = /^\/recaptcha\/(?:api2|enterprise)\/(anchor|bframe)$/;
const onWidgetHosts = matchesSites(SITES);

const CHECKBOX = '#recaptcha-anchor';
const CHALLENGE = {
  tile: '.rc-imageselect-tile',
  picked: '.rc-imageselect-tileselected',
  replaced: '.rc-imageselect-dynamic-selected',
  answer: '#recaptcha-verify-button',
  challenge: '#rc-imageselect-target > table, .rc-audiochallenge-tdownload, #audio-source',
};
/** "Try again later: your computer or network may be sending automated queries." */
const BLOCKED = '.rc-doscaptcha-header, .rc-doscaptcha-body';

/**
 * The embedding page's host from the anchor's `co` parameter: its origin ("https://shop.fr:443")
 * in base64url, with dots for padding.
 */
export function embedderOf(url: URL): string | undefined {
  const co = url.searchParams.get('co');
  if (!co) return undefined;
  try {
    return hostOf(atob(co.replace(/\./g, '=').replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return undefined; // not base64
  }
}

export default defineDetector({
  id: 'recaptcha',
  category: 'captcha',
  sites: SITES,
  matches: (url) => onWidgetHosts(url) && FRAME_PATH.test(url.pathname),
  start(ctx) {
    const widget: Widget = { via: ctx.url.hostname, embedder: embedderOf(ctx.url) };
    if (FRAME_PATH.exec(ctx.url.pathname)?.[1] === 'anchor') return watchCheckbox(ctx, CHECKBOX, widget);

    const rounds = watchChallenge(ctx, CHALLENGE);
    let blocked = false;
    return watchNewElements(ctx.document, BLOCKED, () => {
      if (blocked || !rounds.clock.started) return;
      blocked = true;
      void recordFromFlow(ctx, 'captcha.failed', ctx.newClock(), widget);
    });
  },
});

// Made for: https://www.google.com/recaptcha/api2/anchor?ar=1&k=…&co=…&hl=…&v=…&size=normal&cb=…
// and https://www.google.com/recaptcha/api2/bframe?hl=…&v=…&k=… (also /recaptcha/enterprise/,
// and www.recaptcha.net where google.com is blocked), as embedded on sign-up, contact and
// checkout forms; demo at https://www.google.com/recaptcha/api2/demo.
