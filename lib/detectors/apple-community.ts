import { replyBoxOf, textLength, watchComposers, written } from './shared/composer';
import { sendsReply } from './shared/send-words';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Answers on Apple Support Community: the reply box of a discussion (/thread/<id>) and its
 * button ("Reply", "Post", "Submit", in the person's language). Asking a question happens
 * elsewhere. Counted once the reply box empties or closes, or the page moves on to the
 * posted reply.
 */
const SITES = ['*://discussions.apple.com/*'] as const;

const onSites = matchesSites(SITES);

export default defineDetector({
  id: 'apple-community',
  category: 'support',
  sites: SITES,
  matches: (url) => onSites(url) && url.pathname.startsWith('/thread/'),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf: (el) => replyBoxOf(el, sendsReply),
      isSendButton: sendsReply,
      measure: (box) => written('support.answered', textLength(box)),
    });
  },
});

// Made for: https://discussions.apple.com/thread/<id> (the reply box under a question).
