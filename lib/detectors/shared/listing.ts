import type { Draft, Sent } from './composer';
import type { WordMatcher } from './text';

/**
 * Marketplace listings: the whole page is the listing form, often in several steps, so what
 * counts is what the person did on it: the photos added and the fields filled in or chosen.
 * The detectors run on the whole site, so that they still run when the form hands over to
 * the new listing's page in a single-page app; the form is the page only on the form's own
 * addresses (`flow`).
 */
export function listingPage(flow: WordMatcher): (el: Element) => Element | null {
  return (el) => (flow.test(el.ownerDocument.location.pathname) ? el.ownerDocument.body : null);
}

export function listingPublished(_page: Element, draft: Draft): Sent | null {
  if (draft.fields.size === 0 && draft.files === 0) return null;
  return { kind: 'listing.published', units: { photos: draft.files, fields: draft.fields.size } };
}
