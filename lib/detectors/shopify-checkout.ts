import { ORDER_PLACED, pageSays } from './shared/completion';
import { followTask } from './shared/flow';
import { isShopifyCheckout, isShopifyCheckoutPath, isShopifyThankYou } from './shared/storefronts';
import { defineDetector } from './types';

/**
 * The checkout of any Shopify shop, on the shop's own domain: recognised by Shopify's
 * checkout address (/checkouts/c|cn|co/<token>, /<shop id>/checkouts/<token>) and its markup
 * (`shopify-*` metadata, assets from cdn.shopify.com or /cdn/shopifycloud/). Contact, delivery
 * and payment fields count; recorded on the thank-you page ("Your order is confirmed").
 */
export default defineDetector({
  id: 'shopify-checkout',
  category: 'selfservice',
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && isShopifyCheckoutPath(url),
  start(ctx) {
    const doc = ctx.document;
    if (!isShopifyCheckout(doc, ctx.url)) return () => {};
    return followTask(ctx, {
      kind: 'checkout.completed',
      isCompleted: () => isShopifyThankYou(doc, ctx.url) || pageSays(doc, ORDER_PLACED),
    });
  },
});

// Made for: Shopify shops on their own domains (https://www.allbirds.com, https://www.gymshark.com,
// https://<shop>.myshopify.com): /checkouts/cn/<token>/en-us (one-page), /checkouts/c/<token>/information,
// /shipping and /payment (three-page), /<shop id>/checkouts/<token>?step=contact_information (before
// 2023), and the confirmations /checkouts/c/<token>/thank-you and /<shop id>/checkouts/<token>/thank_you.
