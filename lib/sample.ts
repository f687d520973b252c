import type { CategoryId } from './categories';
import type { Units, WorkEvent } from './event';
import { type DayKey, dayKey, dayStart, daysBetween, shiftWeek, weekOf } from './week';

/**
 * "Try it with a sample week": made-up work that lets a new person see a payslip before
 * they have one. Every sample event carries the detector id "sample", which marks it in
 * the pages and lets one click remove exactly these events.
 */
export const SAMPLE_DETECTOR = 'sample';

interface Task {
  category: CategoryId;
  kind: string;
  site: string;
  /** As lib/site.ts `beneficiaryOf` names it (test/unit/sample.test.ts keeps them in step). */
  beneficiary: string;
  /** Local time the task ended. */
  at: [hour: number, minute: number];
  activeSeconds: number;
  units: Units;
  /** Days of the week it happens on, Monday = 0. */
  on: readonly number[];
}

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS = [0, 1, 2, 3, 4];

const TASKS: readonly Task[] = [
  {
    category: 'captcha',
    kind: 'captcha.solved',
    site: 'leboncoin.fr',
    beneficiary: 'Google',
    at: [8, 40],
    activeSeconds: 14,
    units: { rounds: 2, images: 7 },
    on: EVERY_DAY,
  },
  {
    category: 'selfservice',
    kind: 'booking.completed',
    site: 'sncf-connect.com',
    beneficiary: 'SNCF Voyageurs',
    at: [9, 5],
    activeSeconds: 410,
    units: { fields: 14, steps: 5 },
    on: [0, 3],
  },
  {
    category: 'support',
    kind: 'support.answered',
    site: 'stackoverflow.com',
    beneficiary: 'Stack Overflow (Prosus)',
    at: [12, 50],
    activeSeconds: 780,
    units: { chars: 1240 },
    on: [1, 3, 5],
  },
  {
    category: 'review',
    kind: 'review.posted',
    site: 'amazon.fr',
    beneficiary: 'Amazon',
    at: [13, 20],
    activeSeconds: 290,
    units: { chars: 640, stars: 4 },
    on: [0, 2, 4, 6],
  },
  {
    category: 'selfservice',
    kind: 'checkout.completed',
    site: 'amazon.fr',
    beneficiary: 'Amazon',
    at: [13, 45],
    activeSeconds: 150,
    units: { fields: 9, steps: 4 },
    on: [2, 5],
  },
  {
    category: 'play',
    kind: 'lesson.completed',
    site: 'duolingo.com',
    beneficiary: 'Duolingo',
    at: [19, 10],
    activeSeconds: 330,
    units: { tasks: 15 },
    on: EVERY_DAY,
  },
  {
    category: 'feedback',
    kind: 'survey.completed',
    site: 'surveymonkey.com',
    beneficiary: 'SurveyMonkey',
    at: [17, 30],
    activeSeconds: 200,
    units: { answers: 12 },
    on: [1, 4],
  },
  {
    category: 'review',
    kind: 'review.rated',
    site: 'uber.com',
    beneficiary: 'Uber',
    at: [22, 15],
    activeSeconds: 9,
    units: { stars: 5 },
    on: [4, 5],
  },
  {
    category: 'referral',
    kind: 'referral.shared',
    site: 'airbnb.fr',
    beneficiary: 'Airbnb',
    at: [21, 5],
    activeSeconds: 25,
    units: { links: 1 },
    on: [5],
  },
  {
    category: 'content',
    kind: 'listing.published',
    site: 'leboncoin.fr',
    beneficiary: 'Adevinta (leboncoin)',
    at: [16, 0],
    activeSeconds: 540,
    units: { chars: 480, photos: 4 },
    on: [6],
  },
  {
    category: 'content',
    kind: 'map.edited',
    site: 'openstreetmap.org',
    beneficiary: 'OpenStreetMap Foundation',
    at: [10, 30],
    activeSeconds: 360,
    units: { tasks: 3 },
    on: [5],
  },
  {
    category: 'captcha',
    kind: 'captcha.solved',
    site: 'booking.com',
    beneficiary: 'Intuition Machines (hCaptcha)',
    at: [20, 20],
    activeSeconds: 11,
    units: { rounds: 1, images: 4 },
    on: WEEKDAYS,
  },
];

/** The tasks, so that tests can check them against the beneficiary table. */
export const SAMPLE_TASKS = TASKS;

/** Varies a duration from day to day (±30 %), the same way every time for the same day. */
function jitter(seconds: number, day: DayKey, index: number): number {
  let hash = index * 2654435761;
  for (const char of day) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  const factor = 0.7 + ((hash >>> 0) % 601) / 1000;
  return Math.max(1, Math.round(seconds * factor));
}

export interface SampleData {
  events: WorkEvent[];
  /** The complete week the sample is made for (last week), for the popup to show. */
  week: DayKey;
}

/**
 * Sample work for the two complete weeks before `now` and this week so far. Ids are made
 * from the day and the task, so adding the sample twice stores it once.
 */
export function sampleData(now: number): SampleData {
  const thisWeek = weekOf(now);
  const days = daysBetween(shiftWeek(thisWeek, -2), dayKey(now));
  const events: WorkEvent[] = [];
  for (const day of days) {
    const weekday = (dayStart(day).getDay() + 6) % 7;
    TASKS.forEach((task, index) => {
      if (!task.on.includes(weekday)) return;
      const end = dayStart(day);
      end.setHours(task.at[0], task.at[1]);
      const endedAt = end.getTime();
      if (endedAt > now) return;
      const activeMs = jitter(task.activeSeconds, day, index) * 1000;
      events.push({
        id: `sample-${day}-${index}`,
        kind: task.kind,
        category: task.category,
        detector: SAMPLE_DETECTOR,
        site: task.site,
        beneficiary: task.beneficiary,
        startedAt: endedAt - Math.round(activeMs * 1.25),
        endedAt,
        activeMs,
        units: task.units,
      });
    });
  }
  return { events, week: shiftWeek(thisWeek, -1) };
}
