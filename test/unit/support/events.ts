import type { DraftEvent, WorkEvent } from '@/lib/event';
import type { DailyRollup } from '@/lib/store/db';

const BASE_TIME = Date.UTC(2026, 10, 18, 10, 0, 0);
let counter = 0;

/** A valid draft event as the review detector would send it; override any field. */
export function draft(overrides: Partial<DraftEvent> = {}): DraftEvent {
  counter += 1;
  return {
    id: `evt-${String(counter).padStart(6, '0')}`,
    kind: 'review.posted',
    category: 'review',
    detector: 'review-form',
    host: 'www.amazon.fr',
    startedAt: BASE_TIME,
    endedAt: BASE_TIME + 90_000,
    activeMs: 60_000,
    units: { chars: 120, stars: 4 },
    ...overrides,
  };
}

/** A valid stored event; override any field. */
export function workEvent(overrides: Partial<WorkEvent> = {}): WorkEvent {
  const { host: _host, via: _via, ...facts } = draft();
  return { ...facts, site: 'amazon.fr', beneficiary: 'Amazon', ...overrides };
}

/** A daily rollup row: one review on amazon.fr on Wednesday 18 November 2026; override any field. */
export function rollup(overrides: Partial<DailyRollup> = {}): DailyRollup {
  return {
    day: '2026-11-18',
    category: 'review',
    site: 'amazon.fr',
    beneficiary: 'Amazon',
    count: 1,
    activeMs: 60_000,
    units: {},
    ...overrides,
  };
}
