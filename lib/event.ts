import * as v from 'valibot';
import { CATEGORY_IDS } from './categories';
import { EARLIEST_TIME, FUTURE_SLACK_MS, MAX_EVENT_SPAN_MS, UNIT_NAMES } from './event-limits';

export type { UnitName, Units } from './event-limits';

const MAX_UNIT = 1_000_000;

export const idSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'id: 8–64 letters, digits, - or _'));
const kindSchema = v.pipe(
  v.string(),
  v.maxLength(48),
  v.regex(/^[a-z]+(\.[a-z_]+){1,2}$/, 'kind: like "review.posted"'),
);
export const DetectorIdSchema = v.pipe(
  v.string(),
  v.maxLength(64),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'detector: a lower-case id'),
);
const timeSchema = v.pipe(
  v.number(),
  v.integer(),
  v.check((t) => t >= EARLIEST_TIME, 'time: before 2020'),
  v.check((t) => t <= Date.now() + FUTURE_SLACK_MS, 'time: in the future'),
);
const unitsSchema = v.pipe(
  // A list is an object too, and an empty one would pass the record check.
  v.custom<object>((u) => typeof u === 'object' && u !== null && !Array.isArray(u), 'units: an object of counts'),
  v.record(v.picklist(UNIT_NAMES), v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_UNIT))),
  v.check((u) => Object.keys(u).length <= UNIT_NAMES.length),
);
/** A registrable domain ("amazon.fr"), a bare host ("localhost") or an IP: never a URL. */
export const siteSchema = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/, 'site: a domain name, not a URL'),
);

/** A company's name, or the site itself where no company is known: as long as a site may be. */
export const beneficiarySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(253));
/** A page's host as the browser gives it: dot-separated labels, a final dot allowed ("shop.fr."), or an IPv6 address. */
const hostSchema = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.?$|^\[[0-9a-f:.]+\]$/i, 'host: a host name'),
);

const timing = {
  startedAt: timeSchema,
  endedAt: timeSchema,
  activeMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_EVENT_SPAN_MS)),
};

function timingIsConsistent(e: { startedAt: number; endedAt: number; activeMs: number }): boolean {
  return (
    e.endedAt >= e.startedAt && e.endedAt - e.startedAt <= MAX_EVENT_SPAN_MS && e.activeMs <= e.endedAt - e.startedAt
  );
}
const TIMING_MESSAGE = 'timing: endedAt before startedAt, span over 24 h, or activeMs longer than the span';

/** An event as a detector reports it: the page's host, not yet reduced to a site. */
export const DraftEventSchema = v.pipe(
  v.strictObject({
    id: idSchema,
    kind: kindSchema,
    category: v.picklist(CATEGORY_IDS),
    detector: DetectorIdSchema,
    host: hostSchema,
    /** Host of a third-party widget that took the work (a CAPTCHA frame): it decides the beneficiary. */
    via: v.optional(hostSchema),
    ...timing,
    units: unitsSchema,
  }),
  v.check((event) => timingIsConsistent(event), TIMING_MESSAGE),
);
export type DraftEvent = v.InferOutput<typeof DraftEventSchema>;

/** The stored facts (DESIGN §4); also the shape of an exported event. `detector` is "manual" for hand entries. */
export const WorkEventSchema = v.pipe(
  v.strictObject({
    id: idSchema,
    kind: kindSchema,
    category: v.picklist(CATEGORY_IDS),
    detector: DetectorIdSchema,
    site: siteSchema,
    beneficiary: beneficiarySchema,
    ...timing,
    units: unitsSchema,
  }),
  v.check((event) => timingIsConsistent(event), TIMING_MESSAGE),
);
export type WorkEvent = v.InferOutput<typeof WorkEventSchema>;

/** Readable one-line summary of validation issues, for logs and user-facing errors. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** Progress of a task spanning pages (lib/detectors/types.ts `FlowProgress`): times and counts only. */
export const FlowProgressSchema = v.strictObject({
  startedAt: timeSchema,
  activeMs: timing.activeMs,
  units: unitsSchema,
});
