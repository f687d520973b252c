import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayKey, shiftWeek, weekDays, weekOf } from '@/lib/week';

describe('weeks', () => {
  const originalTz = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Europe/Paris';
  });
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('start on Monday in the local time zone', () => {
    expect(weekOf(new Date(2026, 10, 23, 0, 0))).toBe('2026-11-23'); // Monday 00:00
    expect(weekOf(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-16'); // Sunday 23:59
    expect(weekOf(new Date(2026, 10, 25, 12, 0))).toBe('2026-11-23');
  });

  it('use local days, not UTC days', () => {
    // 23:30 UTC on Sunday is already Monday 00:30 in Paris (winter time, UTC+1).
    expect(dayKey(Date.UTC(2026, 10, 22, 23, 30))).toBe('2026-11-23');
    expect(weekOf(Date.UTC(2026, 10, 22, 23, 30))).toBe('2026-11-23');
  });

  it('have seven days across the spring daylight-saving change', () => {
    // Clocks go forward on Sunday 29 March 2026: that week has 167 hours.
    expect(weekDays('2026-03-23')).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    expect(weekOf(new Date(2026, 2, 29, 23, 30))).toBe('2026-03-23');
    expect(shiftWeek('2026-03-23', 1)).toBe('2026-03-30');
  });

  it('have seven days across the autumn daylight-saving change', () => {
    // Clocks go back on Sunday 25 October 2026: that week has 169 hours.
    expect(weekDays('2026-10-19').at(-1)).toBe('2026-10-25');
    expect(weekOf(new Date(2026, 9, 25, 23, 30))).toBe('2026-10-19');
    expect(weekOf(new Date(2026, 9, 26, 0, 0))).toBe('2026-10-26');
    expect(shiftWeek('2026-10-26', -1)).toBe('2026-10-19');
  });

  it('cross year boundaries', () => {
    expect(weekOf(new Date(2027, 0, 1))).toBe('2026-12-28');
    expect(weekDays('2026-12-28').at(-1)).toBe('2027-01-03');
  });
});
