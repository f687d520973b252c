/** The eight kinds of unpaid work (DESIGN §2). Ids are stable: they appear in exports. */
export const CATEGORY_IDS = [
  'review',
  'selfservice',
  'support',
  'captcha',
  'referral',
  'play',
  'content',
  'feedback',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

/**
 * Okabe–Ito palette: stays distinguishable with the common colour-vision deficiencies.
 * Grey stands in for the palette's black so the last category shows on a dark theme.
 */
export const CATEGORY_COLORS: Record<CategoryId, string> = {
  review: '#E69F00',
  selfservice: '#56B4E9',
  support: '#009E73',
  captcha: '#F0E442',
  referral: '#0072B2',
  play: '#D55E00',
  content: '#CC79A7',
  feedback: '#999999',
};

/** Message key of a category's translated label. */
export function categoryLabelKey(id: CategoryId): `category_${CategoryId}` {
  return `category_${id}`;
}
