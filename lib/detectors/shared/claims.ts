/**
 * Work areas that a dedicated detector watches (a forum's composer, a marketplace's listing
 * form). A detector of any site that would read the same area as something else (a review
 * form) leaves it alone, so that one action is never recorded twice. All detectors run in
 * the same content script, so this module is shared between them.
 */
const claimed = new Set<Element>();

export function claim(area: Element): void {
  for (const el of claimed) if (!el.isConnected) claimed.delete(el);
  claimed.add(area);
}

/** Whether `region` is, contains, or lies inside an area a dedicated detector watches. */
export function isClaimed(region: Element): boolean {
  for (const el of claimed) if (el.isConnected && (el.contains(region) || region.contains(el))) return true;
  return false;
}

export function release(area: Element): void {
  claimed.delete(area);
}
