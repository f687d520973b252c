import fc from 'fast-check';
import { CATEGORY_IDS } from '@/lib/categories';
import type { WorkEvent } from '@/lib/event';
import { MAX_EVENT_SPAN_MS, UNIT_NAMES } from '@/lib/event-limits';

/** Sites of every shape the record holds, each with the company recording would give it. */
const SITES: [string, string][] = [
  ['amazon.fr', 'Amazon'],
  ['amazon.co.uk', 'Amazon'],
  ['yelp.com', 'Yelp'],
  ['cafe.test', 'cafe.test'],
  ['localhost', 'localhost'],
  ['127.0.0.1', '127.0.0.1'],
  ['offline', 'offline'],
  ['lidl.offline', 'Lidl'],
  ['credit-agricole.offline', 'Crédit Agricole, "Agence" du Port'],
  ['formula.offline', '=HYPERLINK("x")'],
];

const FIRST = Date.UTC(2024, 0, 1);

/** One event as the background would have stored it, with any site, time, duration and counts. */
export const workEventArbitrary = (id: fc.Arbitrary<string>): fc.Arbitrary<WorkEvent> =>
  fc
    .record({
      id,
      category: fc.constantFrom(...CATEGORY_IDS),
      kind: fc.constantFrom('review.posted', 'review.rated', 'checkout.completed', 'captcha.solved', 'manual.entered'),
      detector: fc.constantFrom('review-form', 'manual', 'some-detector'),
      site: fc.constantFrom(...SITES),
      endedAt: fc.integer({ min: FIRST, max: Date.now() }),
      span: fc.integer({ min: 0, max: MAX_EVENT_SPAN_MS }),
      activeShare: fc.double({ min: 0, max: 1, noNaN: true }),
      units: fc.record(Object.fromEntries(UNIT_NAMES.map((name) => [name, fc.integer({ min: 0, max: 1_000_000 })])), {
        requiredKeys: [],
      }),
    })
    .map(({ site: [site, beneficiary], endedAt, span, activeShare, ...rest }) => {
      const startedAt = Math.max(endedAt - span, FIRST);
      return {
        ...rest,
        site,
        beneficiary,
        startedAt,
        endedAt,
        activeMs: Math.floor((endedAt - startedAt) * activeShare),
      };
    });

const idArbitrary = fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/);

/** A history: events with distinct ids, in the order they were recorded. */
export const historyArbitrary = (maxLength = 40): fc.Arbitrary<WorkEvent[]> =>
  fc.uniqueArray(workEventArbitrary(idArbitrary), { maxLength, selector: (e) => e.id });
