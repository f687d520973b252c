/**
 * Shop platforms recognised by their markup on any domain. Each has its own detector; the
 * generic checkout detector leaves their pages alone, so that one order is recorded once.
 */

/**
 * Shopify's checkout lives on the shop's own domain under /checkouts/: one-page and
 * three-page checkouts at /checkouts/c|cn|co/<token>[/information|/shipping|/payment],
 * older ones at /<shop id>/checkouts/<token>[?step=…].
 */
const SHOPIFY_CHECKOUT_PATH = /^\/(?:\d+\/)?checkouts\/(?:(?:c|cn|co)\/)?[A-Za-z0-9_-]{8,}(?:\/|$)/;
/** Its order confirmation: /checkouts/c/<token>/thank-you, formerly /<shop id>/checkouts/<token>/thank_you. */
const SHOPIFY_THANK_YOU = /\/thank[-_]you\/?$/;
/** Shopify's own assets, metadata and payment elements, present on every checkout page it serves. */
const SHOPIFY_MARKUP =
  'meta[name^="shopify-"], link[href*="cdn.shopify.com"], script[src*="cdn.shopify.com"], link[href*="/cdn/shopifycloud/"], script[src*="/cdn/shopifycloud/"], [data-shopify-pay], shopify-payment-terms';

export function isShopifyCheckoutPath(url: URL): boolean {
  return SHOPIFY_CHECKOUT_PATH.test(url.pathname);
}

export function isShopifyCheckout(doc: Document, url: URL): boolean {
  return isShopifyCheckoutPath(url) && doc.querySelector(SHOPIFY_MARKUP) !== null;
}

export function isShopifyThankYou(doc: Document, url: URL): boolean {
  return (
    isShopifyCheckoutPath(url) &&
    (SHOPIFY_THANK_YOU.test(url.pathname) ||
      url.searchParams.get('step') === 'thank_you' ||
      doc.querySelector('[data-step="thank_you"]') !== null)
  );
}

/**
 * WooCommerce marks the body of its cart, checkout and order-received pages (classic
 * templates) and wraps its block-based cart and checkout in block classes.
 */
const WOOCOMMERCE_FLOW =
  'body.woocommerce-cart, body.woocommerce-checkout, body.woocommerce-order-received, form.woocommerce-checkout, .wp-block-woocommerce-cart, .wp-block-woocommerce-checkout, .wc-block-checkout';
/** The order-received endpoint: a body class, the classic notice, or the order confirmation blocks. */
const WOOCOMMERCE_RECEIVED =
  'body.woocommerce-order-received, .woocommerce-thankyou-order-received, .wc-block-order-confirmation-status, .wp-block-woocommerce-order-confirmation-status';

export function isWooCommerceFlow(doc: Document): boolean {
  return doc.querySelector(WOOCOMMERCE_FLOW) !== null;
}

/** An order received; the same endpoint shows a failed payment, which is not a completed order. */
export function isWooCommerceOrderReceived(doc: Document, url: URL): boolean {
  if (doc.querySelector('.woocommerce-thankyou-order-failed')) return false;
  return (
    doc.querySelector(WOOCOMMERCE_RECEIVED) !== null ||
    (url.searchParams.get('key')?.startsWith('wc_order_') === true && isWooCommerceFlow(doc))
  );
}

/** A platform's own order confirmation. */
export function isStorefrontConfirmation(doc: Document, url: URL): boolean {
  return isShopifyThankYou(doc, url) || isWooCommerceOrderReceived(doc, url);
}

/** A page that a platform's own detector owns. */
export function isStorefrontCheckout(doc: Document, url: URL): boolean {
  return isShopifyCheckout(doc, url) || isWooCommerceFlow(doc);
}
