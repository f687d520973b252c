import { isCtrlEnter, postOrComment, watchComposers } from './shared/composer';
import { namedLike, REPLY_WORDS } from './shared/send-words';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Posts and replies on X (Twitter). Its composers, inline on the timeline and under a post
 * or in a dialog, hold one Draft.js editor per post of a thread (tweetTextarea_0, _1…) and a
 * send button (tweetButtonInline, tweetButton) named "Post", or "Reply" for a reply. Sent
 * with the button or Ctrl + Enter; counted once the composer empties or closes.
 */
const SITES = ['*://*.x.com/*', '*://*.twitter.com/*'] as const;

const EDITOR = '[data-testid^="tweetTextarea_"]';
const SEND_BUTTON = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
const COMPOSER_PART = `${EDITOR}, ${SEND_BUTTON}, [data-testid="toolBar"]`;
/** How far up from the editor the inline composer's send button may be. */
const MAX_COMPOSER_DEPTH = 16;

function composerOf(el: Element): Element | null {
  if (!el.closest(COMPOSER_PART)) return null;
  const dialog = el.closest('[role="dialog"]');
  if (dialog?.querySelector(EDITOR)) return dialog;
  let node = el.parentElement;
  for (let depth = 0; node && depth < MAX_COMPOSER_DEPTH; depth++, node = node.parentElement) {
    if (node.querySelector(EDITOR) && node.querySelector(SEND_BUTTON)) return node;
  }
  return null;
}

export default defineDetector({
  id: 'x-post',
  category: 'content',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf,
      isSendButton: (button) => button.matches(SEND_BUTTON),
      sendsOnKey: isCtrlEnter,
      measure(composer, draft) {
        const button = composer.querySelector(SEND_BUTTON);
        return postOrComment(composer, draft, button !== null && namedLike(button, REPLY_WORDS));
      },
    });
  },
});

// Made for: https://x.com/home (inline composer), https://x.com/compose/post (dialog),
// https://x.com/<user>/status/<id> (reply box), and the same on twitter.com.
