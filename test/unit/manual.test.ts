import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkEventSchema } from '@/lib/event';
import { companyName, manualEntryOf, manualEvent, manualSite } from '@/lib/manual';

describe('manual entries', () => {
  const originalTz = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Europe/Paris';
  });
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it.each([
    ['  Lidl  ', 'Lidl'],
    ['Crédit\u0000 Agricole\n', 'Crédit Agricole'],
    ['amazon', 'Amazon'],
    ['EBAY', 'eBay'],
    ['', null],
    ['   ', null],
    [undefined, null],
  ])('store the company name %j as %j', (typed, stored) => {
    expect(companyName(typed)).toBe(stored);
  });

  it.each([
    [null, 'offline'],
    ['Lidl', 'lidl.offline'],
    ['Crédit Agricole', 'credit-agricole.offline'],
    ['IKEA — Paris Nord', 'ikea-paris-nord.offline'],
    ['https://evil.test/path?q=1', 'https-evil-test-path-q-1.offline'],
    ['京东', expect.stringMatching(/^c[0-9a-f]{8}\.offline$/)],
  ])('have no web site: %j gets the domain-like token %j', (company, site) => {
    expect(manualSite(company)).toEqual(site);
    expect(
      v.safeParse(
        WorkEventSchema,
        manualEvent(
          'manual-test-1',
          { category: 'selfservice', day: '2026-11-20', activeMs: 60_000, ...(company && { company }) },
          Date.UTC(2026, 10, 23),
        ),
      ).success,
    ).toBe(true);
  });

  it('keep one site per company however it is spelled, and different companies apart', () => {
    expect(manualSite(companyName('lidl'))).toBe(manualSite(companyName(' LIDL ')));
    expect(manualSite('京东')).not.toBe(manualSite('天猫'));
  });

  it('end at noon on their day, or now when noon is still to come', () => {
    const entry = { category: 'selfservice', day: '2026-11-20', activeMs: 90 * 60_000 } as const;
    const event = manualEvent('manual-test-1', entry, Date.UTC(2026, 10, 23, 8));
    expect(new Date(event.endedAt).toISOString()).toBe('2026-11-20T11:00:00.000Z');
    expect(event.endedAt - event.startedAt).toBe(event.activeMs);
    const now = Date.UTC(2026, 10, 23, 6, 30);
    expect(manualEvent('manual-test-2', { ...entry, day: '2026-11-23' }, now).endedAt).toBe(now);
  });

  it('read back as the person entered them', () => {
    const entry = { category: 'play', day: '2026-11-20', activeMs: 45 * 60_000, company: 'Zooniverse' } as const;
    expect(manualEntryOf(manualEvent('manual-test-1', entry, Date.UTC(2026, 10, 23)))).toEqual(entry);
    const anonymous = { category: 'feedback', day: '2026-11-21', activeMs: 60_000 } as const;
    expect(manualEntryOf(manualEvent('manual-test-2', anonymous, Date.UTC(2026, 10, 23)))).toEqual(anonymous);
  });
});
