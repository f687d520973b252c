import { afterEach, beforeEach } from 'vitest';

/** Runs the tests of the enclosing block with the process in `zone`, so that local days and weeks are fixed. */
export function inTimeZone(zone: string): void {
  const original = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = zone;
  });
  afterEach(() => {
    process.env.TZ = original;
  });
}
