import { challengeRounds, recordFromFlow } from './shared/captcha-widget';
import { buttonName } from './shared/dom';
import { matchesSites } from './shared/sites';
import { wordsPattern } from './shared/text';
import { defineDetector } from './types';

/**
 * Arkose Labs (FunCaptcha) puzzles, on client-api.arkoselabs.com or a company's own
 * *-api.arkoselabs.com. The enforcement frame holds the game-core frame, where the person
 * starts the puzzle and answers each round (rotating an object and submitting it, or picking
 * the right tile). The game-core frame adds each answer to the tab's flow; the enforcement
 * frame records `captcha.solved` when the game-core frame tells it the challenge is complete.
 */
const SITES = ['https://*.arkoselabs.com/*', 'https://*.funcaptcha.com/*'];
const onWidgetHosts = matchesSites(SITES);

const ENFORCEMENT_PATH = /\/enforcement\.[0-9a-f]+\.html$/;
const GAME_PATH = /\/game-core\//;
const GAME_FRAME = '#game-core-frame, iframe[src*="/game-core/"]';
const START_BUTTON = '[data-theme^="home."]';
/** Buttons of the game that do not answer anything. */
const NOT_AN_ANSWER = wordsPattern(
  [
    'audio',
    'restart',
    'reload',
    'help',
    'info',
    'close',
    'back',
    'retour',
    'aide',
    'fermer',
    'hilfe',
    'zuruck',
    'ayuda',
  ],
  ['recommencer', 'neu start', 'schliess', 'reinici', 'cerrar', 'volver'],
);

function isCompletion(data: unknown): boolean {
  try {
    const message = typeof data === 'string' ? JSON.parse(data) : data;
    return (message as { eventId?: unknown } | null)?.eventId === 'challenge-complete';
  } catch {
    return false; // not one of Arkose's messages
  }
}

export default defineDetector({
  id: 'arkose',
  category: 'captcha',
  sites: SITES,
  matches: (url) => onWidgetHosts(url) && (ENFORCEMENT_PATH.test(url.pathname) || GAME_PATH.test(url.pathname)),
  start(ctx) {
    const doc = ctx.document;
    if (ENFORCEMENT_PATH.test(ctx.url.pathname)) {
      // postMessage events are trusted whoever sends them: only the puzzle's own frame counts.
      const onMessage = (event: MessageEvent) => {
        const game = doc.querySelector<HTMLIFrameElement>(GAME_FRAME)?.contentWindow;
        if (!event.isTrusted || !game || event.source !== game || !isCompletion(event.data)) return;
        if (!onWidgetHosts(new URL(event.origin))) return;
        void recordFromFlow(ctx, 'captcha.solved', ctx.newClock(), { via: ctx.url.hostname });
      };
      ctx.window.addEventListener('message', onMessage, { signal: ctx.signal });
      return () => {};
    }

    const rounds = challengeRounds(ctx);
    ctx.onTrusted(
      doc,
      'click',
      (event) => {
        const button = event.target instanceof Element ? event.target.closest('button') : null;
        if (!button || button.matches(START_BUTTON) || NOT_AN_ANSWER.test(buttonName(button))) {
          rounds.input(event.timeStamp);
        } else {
          rounds.answer(event.timeStamp);
        }
      },
      { capture: true, passive: true },
    );
    ctx.onTrusted(doc, 'keydown', (event) => rounds.input(event.timeStamp), { capture: true, passive: true });
    return () => {};
  },
});

// Made for: https://client-api.arkoselabs.com/v2/<public key>/enforcement.<build>.html holding
// https://client-api.arkoselabs.com/fc/assets/ec-game-core/game-core/<version>/standard/index.html?session=…
// (also roblox-api, github-api, openai-api… .arkoselabs.com), as shown on sign-up and log-in
// pages of Microsoft, GitHub, Roblox, X, EA and others.
