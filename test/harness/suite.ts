import { afterAll, beforeAll } from 'vitest';
import { chromiumDriver, type Driver, firefoxDriver } from './driver.ts';
import { startWorld, type World } from './world.ts';

/** The two browsers every end-to-end scenario runs in, for `describe.each`. */
export const BROWSERS = [
  ['chromium', chromiumDriver],
  ['firefox', firefoxDriver],
] as const;

export interface BrowserEnv<D extends Driver = Driver> {
  world: World;
  driver: D;
}

/**
 * Starts the test world (test/harness/world.ts) and a browser with the built extension before
 * the suite's tests, and closes both after them. The fields are set once the suite starts.
 * `D` names the driver's type where a suite uses what only one browser's driver has.
 */
export function useBrowser<D extends Driver = Driver>(
  launch: (options: { proxy: string }) => Promise<Driver>,
): BrowserEnv<D> {
  const env = {} as BrowserEnv<D>;
  beforeAll(async () => {
    env.world = await startWorld();
    env.driver = (await launch({ proxy: env.world.proxy })) as D;
  });
  afterAll(async () => {
    await env.driver?.close();
    await env.world?.close();
  });
  return env;
}
