import { textLength, watchComposers, written } from './shared/composer';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Comments and replies under YouTube videos: the comment box (ytd-commentbox, its editor
 * #contenteditable-root) and its #submit-button, named "Comment" or "Reply". Counted once
 * the box empties or folds away after the person sent it.
 */
const SITES = ['*://*.youtube.com/*'] as const;

export default defineDetector({
  id: 'youtube-comment',
  category: 'content',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf: (el) => el.closest('ytd-commentbox'),
      isSendButton: (button) => button.closest('#submit-button') !== null,
      measure: (composer) => written('content.commented', textLength(composer)),
    });
  },
});

// Made for: https://www.youtube.com/watch?v=<id> (comments and replies) and
// https://www.youtube.com/shorts/<id> (comments panel).
