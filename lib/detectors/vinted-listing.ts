import { watchComposers } from './shared/composer';
import { listingPage, listingPublished } from './shared/listing';
import { namedLike } from './shared/send-words';
import { matchesSites } from './shared/sites';
import { wordsPattern } from './shared/text';
import { defineDetector } from './types';

/**
 * Items put up for sale on Vinted: the upload form (/items/new) and its save button
 * (data-testid upload-form-save-button, "Upload" / "Ajouter" / "Hochladen" / "Subir"; the
 * draft button next to it keeps a draft). Counted once Vinted leaves the form for the new
 * item's page; measures the photos added and the fields filled in.
 */
const SITES = [
  '*://*.vinted.com/*',
  '*://*.vinted.fr/*',
  '*://*.vinted.de/*',
  '*://*.vinted.es/*',
  '*://*.vinted.it/*',
  '*://*.vinted.be/*',
  '*://*.vinted.nl/*',
  '*://*.vinted.co.uk/*',
  '*://*.vinted.at/*',
  '*://*.vinted.pl/*',
  '*://*.vinted.pt/*',
  '*://*.vinted.lu/*',
  '*://*.vinted.ie/*',
] as const;

const UPLOAD_FORM = /^\/items\/new/;
const UPLOAD = wordsPattern(['upload', 'ajouter', 'hochladen', 'subir', 'carica', 'publish', 'publier', 'publicar']);

export default defineDetector({
  id: 'vinted-listing',
  category: 'content',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf: listingPage(UPLOAD_FORM),
      isSendButton: (button) =>
        button.matches('[data-testid="upload-form-save-button"]') ||
        (button.matches('[type="submit"]') && namedLike(button, UPLOAD)),
      measure: listingPublished,
    });
  },
});

// Made for: https://www.vinted.fr/items/new, https://www.vinted.com/items/new,
// https://www.vinted.de/items/new and Vinted's other countries.
