import { isPlainEnter, postOrComment, textLength, watchComposers, written } from './shared/composer';
import { buttonName } from './shared/dom';
import { COMMENT_WORDS, namedLike, POST_WORDS } from './shared/send-words';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Comments and posts on Instagram. A comment is written in the form under a post (a
 * textarea labelled "Add a comment…") and sent with Enter or its Post button; a post is made
 * in the "Create new post" dialog: photos chosen, a caption written, then Share. Counted once
 * the comment box empties or the dialog moves on from its caption.
 */
const SITES = ['*://*.instagram.com/*'] as const;

/** The dialog's last button; "Next" and "Back" come before it. */
const SHARE_BUTTON_NAME = /^(share|partager|teilen|compartir|condividi)$/;
/** What the "Create new post" dialog holds, and a post's comment form never does: a file chooser or a caption editor. */
const CREATE_PARTS = 'input[type="file"], [role="textbox"][contenteditable="true"]';

function composerOf(el: Element): Element | null {
  const dialog = el.closest('[role="dialog"]');
  if (dialog?.querySelector(CREATE_PARTS)) return dialog;
  const form = el.closest('form');
  return form?.querySelector('textarea') ? form : null;
}

const isCommentForm = (composer: Element) => composer.tagName === 'FORM';

export default defineDetector({
  id: 'instagram',
  category: 'content',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf,
      isSendButton: (button, composer) =>
        isCommentForm(composer)
          ? namedLike(button, POST_WORDS) || namedLike(button, COMMENT_WORDS)
          : SHARE_BUTTON_NAME.test(buttonName(button)),
      sendsOnKey: (event, field, composer) =>
        isCommentForm(composer) && isPlainEnter(event) && field.matches('textarea'),
      measure(composer, draft) {
        if (isCommentForm(composer)) return written('content.commented', textLength(composer));
        return draft.files > 0 ? postOrComment(composer, draft, false) : null; // a post is its photos
      },
    });
  },
});

// Made for: https://www.instagram.com/p/<shortcode>/ and https://www.instagram.com/reel/<shortcode>/
// (comment form), https://www.instagram.com/ ("Create new post" dialog).
