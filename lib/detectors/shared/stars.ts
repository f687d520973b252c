/**
 * Reading star widgets that are not radio buttons: divs, spans, buttons or SVG that say
 * what they stand for with ARIA or data attributes, or only by their position in the row.
 */

const VALUE_ATTRIBUTES = ['data-rating', 'data-value', 'data-score', 'data-note', 'aria-valuenow', 'aria-posinset'];
const CHOSEN =
  'input:checked, [aria-checked="true"], [aria-pressed="true"], [aria-selected="true"], [aria-current="true"]';
const MAX_STARS = 10;

/** A rating read from text ("Rate 8", "4 stars", "3,5"), rounded to whole stars; 0 when none. */
function ratingIn(text: string | null | undefined): number {
  const match = (text ?? '').match(/\d+(?:[.,]\d+)?/);
  const n = match ? Number.parseFloat(match[0].replace(',', '.')) : Number.NaN;
  return n > 0 && n <= MAX_STARS ? Math.max(1, Math.round(n)) : 0;
}

/** The number of stars a star control stands for: its attributes, its label, else its place in `row`. */
export function starValue(star: Element, row: readonly Element[]): number {
  for (const name of VALUE_ATTRIBUTES) {
    const n = ratingIn(star.getAttribute(name));
    if (n) return n;
  }
  if (star instanceof HTMLInputElement) {
    const n = ratingIn(star.value);
    if (n) return n;
  }
  const label =
    star.getAttribute('aria-label') ?? star.getAttribute('title') ?? star.querySelector('[alt]')?.getAttribute('alt');
  const n = ratingIn(label);
  if (n) return n;
  const index = row.indexOf(star);
  return index >= 0 ? index + 1 : 0;
}

/**
 * Stars the widget shows as chosen, from its ARIA or checked state; 0 when it does not say
 * (widgets that only repaint their icons: the caller then keeps the star that was clicked).
 */
export function chosenStars(row: readonly Element[]): number {
  const chosen = row.filter((star) => star.matches(CHOSEN));
  const last = chosen[chosen.length - 1];
  return last ? starValue(last, row) : 0;
}
