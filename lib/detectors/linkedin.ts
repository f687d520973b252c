import { postOrComment, watchComposers } from './shared/composer';
import { buttonName } from './shared/dom';
import { COMMENT_WORDS, namedLike, POST_WORDS, REPLY_WORDS } from './shared/send-words';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Posts and comments on LinkedIn, written in Quill editors (.ql-editor). A comment box
 * (.comments-comment-box, its form .comments-comment-box__form) is sent with its submit
 * button; a post is written in the share dialog (.share-box) and sent with its primary
 * action (.share-actions__primary-action), named "Post" in the person's language.
 */
const SITES = ['*://*.linkedin.com/*'] as const;

const COMMENT_BOX = '.comments-comment-box, .comments-comment-box__form';
const SHARE_BOX = '.share-box, [role="dialog"]';
const EDITOR = '.ql-editor, [role="textbox"][contenteditable="true"]';
const POST_BUTTON_NAME = /^(post|publier|posten|veroffentlichen|publicar|pubblica)$/;

/** The box around the form, where there is one: its editor and its button are both inside. */
function composerOf(el: Element): Element | null {
  const comment = el.closest('.comments-comment-box') ?? el.closest('.comments-comment-box__form');
  if (comment) return comment;
  const share = el.closest(SHARE_BOX);
  return share?.querySelector(EDITOR) ? share : null;
}

const isCommentBox = (composer: Element) => composer.matches(COMMENT_BOX);

export default defineDetector({
  id: 'linkedin',
  category: 'content',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf,
      isSendButton: (button, composer) =>
        isCommentBox(composer)
          ? button.matches('[class*="comments-comment-box__submit-button"]') ||
            namedLike(button, COMMENT_WORDS) ||
            namedLike(button, REPLY_WORDS) ||
            namedLike(button, POST_WORDS)
          : button.matches('.share-actions__primary-action') || POST_BUTTON_NAME.test(buttonName(button)),
      measure: (composer, draft) => postOrComment(composer, draft, isCommentBox(composer)),
    });
  },
});

// Made for: https://www.linkedin.com/feed/ (share box, comments), https://www.linkedin.com/posts/…
// and https://www.linkedin.com/feed/update/urn:li:activity:… (comments).
