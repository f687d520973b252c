import { followTask } from './shared/flow';
import { isWooCommerceFlow, isWooCommerceOrderReceived } from './shared/storefronts';
import { defineDetector } from './types';

/**
 * The cart and checkout of any WooCommerce shop, recognised by WooCommerce's markup: body
 * classes `woocommerce-cart` and `woocommerce-checkout`, `form.woocommerce-checkout` with its
 * `billing_*` and `shipping_*` fields and `#place_order`, or the block checkout
 * (`.wp-block-woocommerce-checkout`). Recorded on the order-received page
 * (/checkout/order-received/<id>/?key=wc_order_…, "Thank you. Your order has been received."),
 * not when it reports a failed payment.
 */
export default defineDetector({
  id: 'woocommerce-checkout',
  category: 'selfservice',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  start(ctx) {
    const doc = ctx.document;
    if (!isWooCommerceFlow(doc)) return () => {};
    return followTask(ctx, {
      kind: 'checkout.completed',
      isCompleted: () => isWooCommerceOrderReceived(doc, ctx.url),
    });
  },
});

// Made for: WooCommerce shops on their own domains: https://<shop>/panier/ and /checkout/ (or the
// translated /commande/, /kasse/, /finalizar-compra/) with the classic template or the block checkout
// of WooCommerce 8+, and their order-received pages /checkout/order-received/<id>/?key=wc_order_….
