import { watchComposers } from './shared/composer';
import { listingPage, listingPublished } from './shared/listing';
import { namedLike } from './shared/send-words';
import { matchesSites } from './shared/sites';
import { wordsPattern } from './shared/text';
import { defineDetector } from './types';

/**
 * Listings published on eBay: the listing form (/lstng, and the older /sl/ sell flow) and
 * its "List it" button, in the site's language. Counted once eBay moves on to its
 * confirmation; measures the photos added and the fields filled in.
 */
const SITES = [
  '*://*.ebay.com/*',
  '*://*.ebay.co.uk/*',
  '*://*.ebay.fr/*',
  '*://*.ebay.de/*',
  '*://*.ebay.es/*',
  '*://*.ebay.it/*',
  '*://*.ebay.ca/*',
  '*://*.ebay.com.au/*',
  '*://*.ebay.at/*',
  '*://*.ebay.ch/*',
  '*://*.ebay.be/*',
  '*://*.ebay.nl/*',
  '*://*.ebay.ie/*',
] as const;

const LISTING_FORM = /^\/(lstng|sl\/)/;
const LIST_IT = wordsPattern([
  'list it',
  'list item',
  'submit listing',
  'mettre en vente',
  'einstellen',
  'poner en venta',
  'publicar',
  'metti in vendita',
]);

export default defineDetector({
  id: 'ebay-listing',
  category: 'content',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf: listingPage(LISTING_FORM),
      isSendButton: (button) => namedLike(button, LIST_IT),
      measure: listingPublished,
    });
  },
});

// Made for: https://www.ebay.com/lstng?mode=AddItem&draftId=…, https://www.ebay.fr/lstng?…,
// https://www.ebay.de/sl/prelist/… (the listing form of each eBay site).
