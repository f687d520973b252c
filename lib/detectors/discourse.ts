import { isCtrlEnter, textLength, watchComposers, written } from './shared/composer';
import { defineDetector } from './types';

/**
 * Replies on Discourse forums, whatever their domain: Discourse names itself in its
 * generator meta tag. Its one composer (#reply-control) says in its classes what it is
 * writing (composer-action-reply, -createTopic, -privateMessage, -edit) and in which state
 * it is (open, saving, draft, closed). A reply counts once the composer closes after the
 * person sent it with its button or Ctrl + Enter; a refused reply reopens it, and counts nothing.
 */
const COMPOSER = '#reply-control';

function isDiscourse(doc: Document): boolean {
  return doc.querySelector('meta[name="generator"][content^="Discourse"]') !== null;
}

export default defineDetector({
  id: 'discourse',
  category: 'support',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  start(ctx) {
    if (!isDiscourse(ctx.document)) return () => {};
    return watchComposers(ctx, {
      composerOf: (el) => el.closest(COMPOSER),
      isSendButton: (button) => button.matches('.save-or-cancel .create, .save-or-cancel .btn-primary'),
      sendsOnKey: isCtrlEnter,
      measure(composer) {
        const isReply =
          composer.classList.contains('composer-action-reply') &&
          !ctx.document.body.classList.contains('archetype-private_message');
        return isReply ? written('support.answered', textLength(composer)) : null;
      },
      accepted: (composer, cleared) => cleared || composer.classList.contains('closed'),
    });
  },
});

// Made for: https://meta.discourse.org/t/…, https://community.openai.com/t/…,
// https://forum.manjaro.org/t/…, https://discuss.python.org/t/… and every other Discourse forum.
