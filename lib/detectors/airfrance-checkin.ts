import { CHECKED_IN, pageSays } from './shared/completion';
import { followTask } from './shared/flow';
import { AIR_FRANCE_HOSTS } from './shared/self-service-sites';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Online check-in with Air France, the work of a check-in desk agent: finding the booking
 * (reference or ticket number and surname), choosing the passengers, their travel documents
 * and seats, and confirming. Recorded when the page says the passengers are checked in or
 * their boarding passes are ready ("Vous êtes enregistré", "You're checked in").
 */
const SITES = AIR_FRANCE_HOSTS.flatMap((host) => [`https://${host}/*check-in*`, `https://${host}/*enregistr*`]);

export default defineDetector({
  id: 'airfrance-checkin',
  category: 'selfservice',
  sites: SITES,
  matches: matchesSites(SITES),
  start: (ctx) =>
    followTask(ctx, {
      kind: 'checkin.completed',
      isCompleted: () => pageSays(ctx.document, CHECKED_IN),
    }),
});

// Made for: https://wwws.airfrance.fr/check-in, https://wwws.airfrance.com/check-in,
// https://wwws.airfrance.us/check-in (and the other wwws.airfrance.<country> sites), with the
// steps of the check-in application that follow under the same address.
