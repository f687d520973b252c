import * as v from 'valibot';
import { CATEGORY_IDS } from './categories';
import { CURRENCY_CODES, REGION_IDS } from './regions';
import { LENS_IDS } from './value/figures';

export { LENS_IDS, type LensId } from './value/figures';

/** A person's own rate for one category under one lens in one region (lib/value/rates.ts `overrideKey`). */
const RateOverrideSchema = v.strictObject({
  amount: v.pipe(v.number(), v.minValue(0), v.maxValue(100_000)),
  currency: v.picklist(CURRENCY_CODES),
  per: v.picklist(['hour', 'action']),
});
export type RateOverride = v.InferOutput<typeof RateOverrideSchema>;

export const SettingsSchema = v.object({
  /** "auto" follows the browser's locale. */
  region: v.picklist(['auto', ...REGION_IDS]),
  lens: v.picklist(LENS_IDS),
  /** "auto" is the region's currency; any other is converted at the cited rate (lib/value/exchange.ts). */
  currency: v.picklist(['auto', ...CURRENCY_CODES]),
  rateOverrides: v.record(v.pipe(v.string(), v.maxLength(40)), RateOverrideSchema),
  /** "auto" follows the browser's UI language. */
  language: v.picklist(['auto', 'en', 'fr']),
  /** Gap without input after which the activity clock stops (DESIGN §5). */
  idleGapSeconds: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(600)),
  badge: v.picklist(['count', 'time', 'value', 'none']),
  /** A notification on Monday morning summing up the past week; needs the optional "notifications" permission. */
  weeklyDigest: v.boolean(),
  /** Epoch ms until which recording is paused; null when recording; Infinity is not JSON, so "forever" is a flag. */
  pausedUntil: v.nullable(v.number()),
  pausedIndefinitely: v.boolean(),
  disabledSites: v.array(v.pipe(v.string(), v.maxLength(253))),
  disabledCategories: v.array(v.picklist(CATEGORY_IDS)),
  disabledDetectors: v.array(v.pipe(v.string(), v.maxLength(64))),
  recordPrivateWindows: v.boolean(),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  region: 'auto',
  lens: 'minimum',
  currency: 'auto',
  rateOverrides: {},
  language: 'auto',
  idleGapSeconds: 60,
  badge: 'value',
  weeklyDigest: false,
  pausedUntil: null,
  pausedIndefinitely: false,
  disabledSites: [],
  disabledCategories: [],
  disabledDetectors: [],
  recordPrivateWindows: false,
};

/** Where the settings live in extension storage ("local:" is WXT's name for storage.local). */
export const SETTINGS_KEY = 'settings';

/** Settings with any field missing from an older stored copy filled from the defaults. */
export function withDefaults(stored: Partial<Settings> | null | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** The settings that end a pause. */
export const RECORDING_ON = { pausedUntil: null, pausedIndefinitely: false } satisfies Partial<Settings>;

export function isPaused(settings: Settings, now = Date.now()): boolean {
  return settings.pausedIndefinitely || (settings.pausedUntil !== null && settings.pausedUntil > now);
}

/** Whether recording is switched off for a host: the site itself or any of its subdomains. */
export function isSiteDisabled(settings: Settings, host: string): boolean {
  const lower = host.toLowerCase();
  return settings.disabledSites.some((site) => lower === site || lower.endsWith(`.${site}`));
}

/** Why nothing may be recorded on `host` right now, or null when recording is on. */
export function recordingOffReason(
  settings: Settings,
  where: { host: string; privateWindow: boolean },
  now = Date.now(),
): string | null {
  if (isPaused(settings, now)) return 'recording is paused';
  if (where.privateWindow && !settings.recordPrivateWindows) return 'private windows are not recorded';
  if (isSiteDisabled(settings, where.host)) return 'recording is off on this site';
  return null;
}
