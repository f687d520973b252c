import { setHours } from 'date-fns';
import * as v from 'valibot';
import { COMPANIES } from './beneficiaries';
import { CATEGORY_IDS } from './categories';
import type { WorkEvent } from './event';
import { MAX_EVENT_SPAN_MS } from './event-limits';
import { type DayKey, dayKey, dayStart } from './week';

/**
 * Work done away from the web (a supermarket self-checkout, a phone menu, flat-pack
 * furniture), entered by hand in the options page. It is stored as any other event, with
 * detector "manual", so that reports, exports and deletion treat it alike.
 */
export const MANUAL_DETECTOR = 'manual';
export const MANUAL_KIND = 'manual.entered';

/**
 * Manual entries have no web site. Their `site` is a domain-like token under a top-level
 * name that does not exist on the web: "offline" without a company, "<company>.offline"
 * with one. Each company then keeps its own rows in the daily rollups (which are kept per
 * day, category and site), and nothing the person typed is stored but the company's name.
 */
export const OFFLINE_SITE = 'offline';

const MAX_COMPANY_LENGTH = 80;
const MAX_LABEL_LENGTH = 63;

export const ManualEntrySchema = v.strictObject({
  category: v.picklist(CATEGORY_IDS),
  /** The local day the work was done on. */
  day: v.pipe(v.string(), v.isoDate('day: a date like 2026-11-23')),
  activeMs: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(60_000, 'duration: at least a minute'),
    v.maxValue(MAX_EVENT_SPAN_MS, 'duration: at most 24 hours'),
  ),
  /** The company that profited, if the person wants to name it. */
  company: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type ManualEntry = v.InferOutput<typeof ManualEntrySchema>;

export function isManual(event: Pick<WorkEvent, 'detector'>): boolean {
  return event.detector === MANUAL_DETECTOR;
}

/** The company's name as it will be stored: spaces tidied, and the curated spelling of a known company. */
export function companyName(typed: string | undefined): string | null {
  const tidy = (typed ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim();
  if (!tidy) return null;
  const lower = tidy.toLowerCase();
  const known = COMPANIES.find((c) => c.name.toLowerCase() === lower || c.brands?.includes(lower));
  return known?.name ?? tidy.slice(0, MAX_COMPANY_LENGTH).trim();
}

/** A short, stable label for names that have no Latin letters or digits at all (FNV-1a). */
function hashLabel(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `c${hash.toString(16).padStart(8, '0')}`;
}

/** The site of a manual entry: "offline", or the company's name reduced to a domain label under it. */
export function manualSite(company: string | null): string {
  if (!company) return OFFLINE_SITE;
  const label = company
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LABEL_LENGTH)
    .replace(/-+$/, '');
  return `${label || hashLabel(company)}.${OFFLINE_SITE}`;
}

/**
 * The stored facts of a manual entry. The person gives a day, not a time: the work is
 * placed to end at noon that day, or now if that is still to come today.
 */
export function manualEvent(id: string, entry: ManualEntry, now = Date.now()): WorkEvent {
  const company = companyName(entry.company);
  const site = manualSite(company);
  const endedAt = Math.min(setHours(dayStart(entry.day as DayKey), 12).getTime(), now);
  return {
    id,
    kind: MANUAL_KIND,
    category: entry.category,
    detector: MANUAL_DETECTOR,
    site,
    beneficiary: company ?? site,
    startedAt: endedAt - entry.activeMs,
    endedAt,
    activeMs: entry.activeMs,
    units: {},
  };
}

/** Why a manual entry cannot be stored, or null. */
export function manualEntryProblem(entry: ManualEntry, now = Date.now()): string | null {
  return entry.day > dayKey(now) ? 'day: in the future' : null;
}

/** What the person entered, read back from a stored manual event (to edit it). */
export function manualEntryOf(event: WorkEvent): ManualEntry {
  return {
    category: event.category,
    day: dayKey(event.endedAt),
    activeMs: event.activeMs,
    ...(event.site !== OFFLINE_SITE && { company: event.beneficiary }),
  };
}
