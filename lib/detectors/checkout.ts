import { hasSchemaOrder, ORDER_CONFIRMATION_HEADING, ORDER_PLACED, pageSays, plain } from './shared/completion';
import { controlOf, onWork, trackFlow } from './shared/flow';
import { isNamedSelfServiceSite } from './shared/self-service-sites';
import { isStorefrontCheckout, isStorefrontConfirmation } from './shared/storefronts';
import { defineDetector } from './types';

/**
 * An online checkout on any shop: recognised from cheap signals (words of its address,
 * address and payment fields named with the standard `autocomplete` tokens, a step
 * indicator), timed across its pages, and recorded once when an order confirmation is
 * reached (its words in a heading or the title, or schema.org `Order` data). Shops that have
 * their own detector (Amazon, Shopify, WooCommerce, the named booking and bank sites) are
 * left to it.
 */
const CHECKOUT_PATH =
  /(?:^| )(?:checkout|cart|basket|order|panier|commande|commander|caisse|kasse|warenkorb|bestellung|bestellen|carrito|cesta|pedido|tramitar|compra|pago|payment|paiement|zahlung|shipping|livraison|versand|envio|billing|facturation)(?: |$)/;
const CONFIRMATION_PATH =
  /thank|merci|danke|gracias|grazie|confirm|conferm|bestatig|success|complete|finish|receiv|recibid/;
const PAYMENT_FIELD = '[autocomplete*="cc-"]';
const ADDRESS_FIELD =
  '[autocomplete*="shipping"], [autocomplete*="billing"], [autocomplete*="street-address"], [autocomplete*="address-line"], [autocomplete*="address-level"], [autocomplete*="postal-code"]';
const STEP_INDICATOR =
  '[aria-current="step"], ol[class*="step"], ul[class*="step"], nav[class*="step"], [class*="checkout-step"], [class*="progress"]';
const STEP_WORDS =
  /shipping|delivery|payment|address|review|livraison|paiement|adresse|versand|zahlung|lieferung|envio|entrega|pago|direccion/g;
const MAX_INDICATORS = 10;
const MAX_INDICATOR_TEXT = 400;

function pathWords(url: URL): string {
  try {
    return plain(decodeURIComponent(url.pathname));
  } catch {
    return plain(url.pathname); // a malformed escape: read the path as it is
  }
}

/** Confirmations also show in the query (?step=thank_you, ?key=wc_order_…). */
const looksConfirmed = (url: URL) => CONFIRMATION_PATH.test(`${pathWords(url)} ${plain(url.search)}`);

/** A list of checkout steps: at least two step names (shipping, payment…) in one indicator. */
function hasCheckoutSteps(doc: Document): boolean {
  const indicators = doc.querySelectorAll(STEP_INDICATOR);
  for (let i = 0; i < indicators.length && i < MAX_INDICATORS; i++) {
    const indicator = indicators[i] as Element;
    const text = plain((indicator.closest('ol, ul, nav') ?? indicator).textContent?.slice(0, MAX_INDICATOR_TEXT) ?? '');
    if (new Set(text.match(STEP_WORDS)).size >= 2) return true;
  }
  return false;
}

function isCheckoutPage(doc: Document, url: URL): boolean {
  return (
    CHECKOUT_PATH.test(pathWords(url)) ||
    doc.querySelector(PAYMENT_FIELD) !== null ||
    doc.querySelectorAll(ADDRESS_FIELD).length >= 2 ||
    hasCheckoutSteps(doc)
  );
}

function isOrderConfirmation(doc: Document, url: URL): boolean {
  return (
    pageSays(doc, ORDER_PLACED) ||
    hasSchemaOrder(doc) ||
    (looksConfirmed(url) && pageSays(doc, ORDER_CONFIRMATION_HEADING) && doc.querySelector(PAYMENT_FIELD) === null)
  );
}

export default defineDetector({
  id: 'checkout',
  category: 'selfservice',
  matches: (url) => (url.protocol === 'https:' || url.protocol === 'http:') && !isNamedSelfServiceSite(url),
  start(ctx) {
    if (ctx.window !== ctx.window.top) return () => {};
    const doc = ctx.document;
    const flow = trackFlow(ctx, {
      kind: 'checkout.completed',
      isCompleted: () => !isStorefrontCheckout(doc, ctx.url) && isOrderConfirmation(doc, ctx.url),
    });

    let lookedAt: URL | null = null;
    let inCheckout = false;
    const isInCheckout = () => {
      const url = ctx.url; // the same object while the address is the same
      if (url !== lookedAt) {
        lookedAt = url;
        inCheckout = !isStorefrontCheckout(doc, url) && isCheckoutPage(doc, url);
      }
      return inCheckout;
    };
    onWork(ctx, (event) => {
      if (controlOf(event) && isInCheckout()) flow.work(event);
    });

    const url = ctx.url;
    if (isStorefrontCheckout(doc, url)) {
      // The platform's detector records this order: whatever this one counted on the way ends here.
      if (isStorefrontConfirmation(doc, url)) flow.drop();
    } else if (looksConfirmed(url) || CHECKOUT_PATH.test(pathWords(url))) {
      flow.check();
    }
    return () => {};
  },
});

// Made for: checkouts of shops without a platform detector, e.g. Magento
// (https://shop.example/checkout/#shipping → /checkout/onepage/success/), PrestaShop
// (/commande → /confirmation-commande?id_order=…), Shopware (/checkout/confirm → /checkout/finish),
// BigCommerce (/checkout → /checkout/order-confirmation), Salesforce Commerce Cloud
// (/checkout → /orderconfirmation), and shops of their own (https://www.fnac.com, https://www.zalando.fr,
// https://www.otto.de, https://www.elcorteingles.es).
