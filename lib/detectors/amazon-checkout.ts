import { ORDER_PLACED, pageSays } from './shared/completion';
import { followTask } from './shared/flow';
import { AMAZON_HOSTS } from './shared/self-service-sites';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Amazon's checkout, from "Proceed to checkout" to "Order placed, thanks!": the address,
 * delivery and payment choices (ids such as `address-ui-widgets-enterAddressFullName`, radios
 * named `ppw-instrumentRowSelection`), the buttons that move on (`#orderSummaryPrimaryActionBtn`,
 * "Use this address") and "Place your order" (`input[name="placeYourOrder1"]`,
 * `#submitOrderButtonId`). Recorded when the thank-you page is reached.
 */
const SITES = AMAZON_HOSTS.flatMap((host) => [`https://${host}/gp/buy/*`, `https://${host}/checkout/*`]);
const THANK_YOU_PATH = /\/thankyou(?:\/|$)/;

export default defineDetector({
  id: 'amazon-checkout',
  category: 'selfservice',
  sites: SITES,
  matches: matchesSites(SITES),
  start: (ctx) =>
    followTask(ctx, {
      kind: 'checkout.completed',
      isCompleted: () => THANK_YOU_PATH.test(ctx.url.pathname) || pageSays(ctx.document, ORDER_PLACED),
    }),
});

// Made for: https://www.amazon.fr/gp/buy/spc/handlers/display.html, https://www.amazon.com/checkout/p/p-106-…/spc
// (and /address, /pay), https://www.amazon.de/gp/buy/addressselect/handlers/display.html,
// https://www.amazon.co.uk/gp/buy/payselect/handlers/display.html, and the confirmation
// https://www.amazon.fr/gp/buy/thankyou/handlers/display.html?purchaseId=…
