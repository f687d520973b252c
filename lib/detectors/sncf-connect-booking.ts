import { BOOKING_CONFIRMED, pageSays } from './shared/completion';
import { followTask } from './shared/flow';
import { SNCF_CONNECT_HOSTS } from './shared/self-service-sites';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Booking a train ticket on SNCF Connect, the work a ticket office clerk once did: the search
 * (origin, destination, date, passengers), the choice of a train, the passengers' details and
 * the payment, in SNCF Connect's single-page application under /app/. Recorded when the order
 * is confirmed ("Votre commande est confirmée", "Merci pour votre commande"). Account pages
 * are not part of a booking.
 */
const SITES = SNCF_CONNECT_HOSTS.map((host) => `https://${host}/*`);
const isSncfConnect = matchesSites(SITES);
const ACCOUNT_PATH = /\/(?:account|compte|login|connexion|profil)/;

export default defineDetector({
  id: 'sncf-connect-booking',
  category: 'selfservice',
  sites: SITES,
  matches: (url) => isSncfConnect(url) && url.pathname.startsWith('/app/') && !ACCOUNT_PATH.test(url.pathname),
  start: (ctx) =>
    followTask(ctx, {
      kind: 'booking.completed',
      isCompleted: () => pageSays(ctx.document, BOOKING_CONFIRMED),
    }),
});

// Made for: https://www.sncf-connect.com/app/home/shop/search, /app/home/shop/results/outward,
// /app/home/shop/passengers, the basket and payment steps that follow, and the order
// confirmation; also the English and other locales (/app/en-en/…).
