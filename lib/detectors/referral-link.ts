import { buttonName, buttonOf } from './shared/dom';
import { COPY_WORDS, holdsReferralLink, isReferralUrl, referralWidgetOf } from './shared/referral';
import { defineDetector } from './types';

/**
 * Copying a referral or invite link or code, on any site: a copy (Ctrl+C, the context menu)
 * of a selection or a field inside a "refer a friend" widget or holding a referral link, or a
 * click on a widget's "Copy link" button (which writes to the clipboard with a script, where
 * no copy event shows). Copying anything else records nothing. One link per widget and page:
 * copying the same link again is not sharing another one.
 */
const CLIPBOARD_ATTRIBUTES = ['data-clipboard-text', 'data-clipboard-target', 'data-copy', 'data-copy-text'];
/** A copy event this soon after a counted "Copy link" click is that click's own (execCommand from a hidden field). */
const SAME_COPY_MS = 1000;

/** The element a copy took its text from, and that text (looked at, never kept). */
function copiedFrom(doc: Document): { source: Element; text: string } | null {
  const active = doc.activeElement;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) {
    const { selectionStart, selectionEnd, value } = active;
    const text = selectionStart !== null && selectionEnd !== null ? value.slice(selectionStart, selectionEnd) : value;
    return text.trim() ? { source: active, text } : null;
  }
  const selection = doc.getSelection();
  const text = selection?.toString() ?? '';
  const node = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).commonAncestorContainer : null;
  const source = node instanceof Element ? node : (node?.parentElement ?? null);
  return source && text.trim() ? { source, text } : null;
}

/** A copy button's own link, when it carries one (clipboard.js and its like). */
function clipboardTextOf(button: Element): string {
  return CLIPBOARD_ATTRIBUTES.map((name) => button.getAttribute(name) ?? '').join(' ');
}

export default defineDetector({
  id: 'referral-link',
  category: 'referral',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  start(ctx) {
    const counted = new WeakSet<Element>();
    let lastCountedAt = Number.NEGATIVE_INFINITY;

    const countCopy = (widget: Element, event: Event) => {
      if (counted.has(widget) || event.timeStamp - lastCountedAt < SAME_COPY_MS) return;
      counted.add(widget);
      lastCountedAt = event.timeStamp;
      const clock = ctx.newClock();
      clock.input(event.timeStamp);
      ctx.record({ kind: 'referral.link_copied', units: { links: 1 }, clock });
    };

    ctx.onTrusted(
      ctx.document,
      'copy',
      (event) => {
        const copied = copiedFrom(ctx.document);
        if (!copied) return;
        const widget = referralWidgetOf(copied.source);
        if (widget) countCopy(widget, event);
        else if (holdsReferralLink(copied.text)) countCopy(copied.source, event);
      },
      { capture: true, passive: true },
    );

    ctx.onTrusted(
      ctx.document,
      'click',
      (event) => {
        const button = buttonOf(event.target);
        if (!button) return;
        const carried = clipboardTextOf(button);
        if (!COPY_WORDS.test(buttonName(button)) && carried.trim() === '') return;
        const widget =
          referralWidgetOf(button) ?? (isReferralUrl(carried.trim()) || holdsReferralLink(carried) ? button : null);
        if (widget) countCopy(widget, event);
      },
      { capture: true, passive: true },
    );

    return () => {};
  },
});

// Made for: "refer a friend" and invite pages of shops and apps — www.etsy.com/invites,
// www.uber.com/invite, www.dropbox.com/referrals, www.airbnb.com/invite — and referral
// widgets (ReferralCandy, Friendbuy, Mention Me) with a link field and a "Copy link" button.
