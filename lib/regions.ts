/** Regions whose wages the valuation knows (DESIGN §6). */
export const REGION_IDS = ['FR', 'US', 'GB', 'DE'] as const;
export type RegionId = (typeof REGION_IDS)[number];

export const CURRENCY_CODES = ['EUR', 'USD', 'GBP'] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

export const REGION_CURRENCY: Record<RegionId, CurrencyCode> = {
  FR: 'EUR',
  US: 'USD',
  GB: 'GBP',
  DE: 'EUR',
};

const LANGUAGE_REGION: Record<string, RegionId> = { fr: 'FR', de: 'DE', en: 'US' };

/** The region a browser locale points to: its country when known, else its language's. */
export function regionFromLocale(locale: string): RegionId {
  const [language = '', country = ''] = locale.split(/[-_]/);
  const upper = country.toUpperCase();
  if (upper === 'UK') return 'GB';
  if ((REGION_IDS as readonly string[]).includes(upper)) return upper as RegionId;
  return LANGUAGE_REGION[language.toLowerCase()] ?? 'US';
}

/** The region in force: the one chosen, or the browser locale's when left on "auto". */
export function resolveRegion(choice: 'auto' | RegionId, locale: string): RegionId {
  return choice === 'auto' ? regionFromLocale(locale) : choice;
}
