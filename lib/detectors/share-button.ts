import { buttonName } from './shared/dom';
import {
  isCommercialPage,
  isReferralUrl,
  referralWidgetOf,
  shareChannelOfLink,
  shareChannelOfName,
} from './shared/referral';
import { defineDetector } from './types';

/**
 * Share-to buttons that promote something sold: a click on a link to a network's share
 * endpoint (twitter.com/intent, facebook.com/sharer, wa.me, mailto with a message…) or on a
 * "Share on Facebook" button, on a commercial page (schema.org Product/Offer data, an Open
 * Graph product), inside a "refer a friend" widget, or sharing a referral link. Sharing a news
 * article is not work for a company and records nothing. One link per network and page.
 */
const SHARE_CONTROL_SELECTOR = 'a[href], button, [role="button"], [role="link"]';

/** What is shared: the share link's own address (its `u`, `url`, `text` parameters). */
function sharesReferralLink(href: string): boolean {
  try {
    const url = new URL(href);
    return [...url.searchParams.values()].some((value) => value.split(/\s+/).some(isReferralUrl));
  } catch {
    return false;
  }
}

export default defineDetector({
  id: 'share-button',
  category: 'referral',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  start(ctx) {
    const sharedTo = new Set<string>();

    ctx.onTrusted(
      ctx.document,
      'click',
      (event) => {
        const control = event.target instanceof Element ? event.target.closest(SHARE_CONTROL_SELECTOR) : null;
        if (!control) return;
        const href = control instanceof HTMLAnchorElement ? control.href : '';
        const channel = (href && shareChannelOfLink(href)) || shareChannelOfName(buttonName(control));
        if (!channel || sharedTo.has(channel)) return;
        const promotes =
          referralWidgetOf(control) !== null || sharesReferralLink(href) || isCommercialPage(ctx.document);
        if (!promotes) return;
        sharedTo.add(channel);
        const clock = ctx.newClock();
        clock.input(event.timeStamp);
        ctx.record({ kind: 'referral.shared', units: { links: 1 }, clock });
      },
      { capture: true, passive: true },
    );

    return () => sharedTo.clear();
  },
});

// Made for: share buttons of product pages (www.etsy.com/listing/…, www.amazon.fr/dp/…,
// www.ikea.com/fr/fr/p/…), of ride and delivery apps' invite screens (www.uber.com/invite),
// and of referral widgets; not for the share bars of news articles (www.lemonde.fr, www.bbc.co.uk).
