import { textFields, totalLength, watchComposers, written } from './shared/composer';
import { defineDetector } from './types';

/**
 * Replies on Khoros (formerly Lithium) communities, the platform of many operators' and
 * manufacturers' support forums, whatever their domain: their addresses start with /t5/
 * and their markup uses lia- classes. A reply is written in the form of a reply page or a
 * quick-reply box, often in a TinyMCE editor frame, and sent with the form's Submit button
 * (lia-button-Submit-action). New topics, private messages and edits are not answers.
 */
const COMPOSER = 'form.lia-form, .lia-quick-reply';
const BODY_EDITOR = 'iframe, textarea, [contenteditable="true"]';
const NOT_AN_ANSWER = /\/(postpage|composepage|editpage|articleeditor)\//;

function isKhoros(doc: Document): boolean {
  return doc.body.matches('#lia-body, .lia-body') || doc.querySelector('[class^="lia-"]') !== null;
}

function composerOf(el: Element): Element | null {
  const form = el.closest(COMPOSER);
  return form?.querySelector(BODY_EDITOR) ? form : null;
}

/** The editor frame holds what is written; its textarea is only filled when the form is sent. */
function replyLength(composer: Element): number {
  const fields = textFields(composer);
  const frames = fields.filter((field) => field.tagName === 'IFRAME');
  return totalLength(frames.length > 0 ? frames : fields);
}

export default defineDetector({
  id: 'khoros',
  category: 'support',
  matches: (url) => url.pathname.startsWith('/t5/'),
  start(ctx) {
    if (!isKhoros(ctx.document)) return () => {};
    return watchComposers(ctx, {
      composerOf,
      isSendButton: (button) => button.matches('.lia-button-Submit-action'),
      measure: (composer) =>
        NOT_AN_ANSWER.test(ctx.window.location.pathname) ? null : written('support.answered', replyLength(composer)),
    });
  },
});

// Made for: https://community.verizon.com/t5/…, https://community.spotify.com/t5/…,
// https://forums.autodesk.com/t5/forums/replypage/board-id/…/message-id/…,
// https://community.smartbear.com/t5/…, https://community.splunk.com/t5/… (Khoros Community classic).
