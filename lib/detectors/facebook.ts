import { isPlainEnter, postOrComment, watchComposers } from './shared/composer';
import { buttonName, describeControl } from './shared/dom';
import { COMMENT_WORDS, namedLike, REPLY_WORDS } from './shared/send-words';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Posts and comments on Facebook. Both are written in Lexical editors ([role="textbox"]
 * [contenteditable]). A comment box sits in a form, is labelled "Write a comment…" (or
 * "Reply to …", in the person's language) and is sent with Enter or its Comment button; a
 * post is written in the "Create post" dialog and sent with its Post button. Counted once
 * the editor empties or the dialog closes.
 */
const SITES = ['*://*.facebook.com/*'] as const;

const TEXTBOX = '[role="textbox"][contenteditable="true"]';
/** The dialog's send button is named exactly so; its other buttons ("Add to your post") only mention posts. */
const POST_BUTTON_NAME = /^(post|publier|posten|veroffentlichen|publicar|pubblica)$/;

function isCommentBox(box: Element): boolean {
  const label = describeControl(box);
  return COMMENT_WORDS.test(label) || REPLY_WORDS.test(label);
}

function holds(root: Element | null, wanted: (box: Element) => boolean): root is Element {
  return root !== null && [...root.querySelectorAll(TEXTBOX)].some(wanted);
}

function composerOf(el: Element): Element | null {
  const form = el.closest('form');
  if (holds(form, isCommentBox)) return form;
  const dialog = el.closest('[role="dialog"]');
  return holds(dialog, (box) => !isCommentBox(box)) ? dialog : null;
}

const isCommentForm = (composer: Element) => composer.tagName === 'FORM';

export default defineDetector({
  id: 'facebook',
  category: 'content',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf,
      isSendButton: (button, composer) =>
        isCommentForm(composer)
          ? namedLike(button, COMMENT_WORDS) || namedLike(button, REPLY_WORDS)
          : POST_BUTTON_NAME.test(buttonName(button)),
      sendsOnKey: (event, field, composer) => isCommentForm(composer) && isPlainEnter(event) && field.matches(TEXTBOX),
      measure: (composer, draft) => postOrComment(composer, draft, isCommentForm(composer)),
    });
  },
});

// Made for: https://www.facebook.com/ (news feed, "Create post" dialog), posts, photos and
// groups on https://www.facebook.com/<page>/posts/…, https://www.facebook.com/groups/….
