/**
 * Constants of the event shape (DESIGN §4), apart from its validators so that content
 * scripts can use them without shipping the schema library to every page.
 */

/** The small counts an event may carry. */
export const UNIT_NAMES = [
  'chars',
  'stars',
  'images',
  'fields',
  'steps',
  'tasks',
  'answers',
  'rounds',
  'links',
  'invites',
  'photos',
] as const;
export type UnitName = (typeof UNIT_NAMES)[number];
export type Units = Partial<Record<UnitName, number>>;

/** Earliest plausible event: nothing was recorded before the product existed. */
export const EARLIEST_TIME = Date.UTC(2020, 0, 1);
/** A single piece of work longer than this is a measurement error, not work. */
export const MAX_EVENT_SPAN_MS = 24 * 60 * 60 * 1000;
/** Tolerance for clocks slightly ahead of the worker's. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;
