import { watchComposers } from './shared/composer';
import { listingPage, listingPublished } from './shared/listing';
import { namedLike } from './shared/send-words';
import { matchesSites } from './shared/sites';
import { normalize, SUBMIT_WORDS } from './shared/text';
import { defineDetector } from './types';

/**
 * Ads posted on leboncoin: the "Déposer une annonce" flow, several steps in one page
 * (/deposer-une-annonce), whose buttons move from step to step ("Continuer", "Valider")
 * until the ad is sent. Every step's button can be the last, so an ad counts only once
 * leboncoin says it has it ("Votre annonce a bien été envoyée", "… est en cours de
 * validation") or sends the person out of the flow. Measures the photos added and the
 * fields filled in over all the steps.
 */
const SITES = ['*://*.leboncoin.fr/*'] as const;

const FLOW = /^\/deposer-une-annonce/;
const CONFIRMATION =
  /annonce.{0,40}\b(deposee|envoyee|publiee|en ligne|en cours de (validation|verification|moderation))|merci.{0,40}annonce/;

function confirmationShown(doc: Document): boolean {
  return [...doc.querySelectorAll('h1, h2, [role="alert"], [role="status"]')].some((el) =>
    CONFIRMATION.test(normalize(el.textContent ?? '')),
  );
}

export default defineDetector({
  id: 'leboncoin-listing',
  category: 'content',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf: listingPage(FLOW),
      isSendButton: (button) => namedLike(button, SUBMIT_WORDS),
      measure: listingPublished,
      accepted: (page, cleared) =>
        confirmationShown(page.ownerDocument) || (cleared && !FLOW.test(ctx.window.location.pathname)),
    });
  },
});

// Made for: https://www.leboncoin.fr/deposer-une-annonce (every step of the flow).
