import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDriver, type Driver, firefoxDriver, type TestPage } from '../harness/driver.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page as it is now, everything folded open, and lists what it finds. */
async function axeViolations(page: TestPage): Promise<Violation[]> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  }, undefined);
  await page.evaluateScript(AXE_SOURCE);
  const { passed, violations } = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as {
      axe: {
        run(context: Document): Promise<{
          passes: unknown[];
          violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
        }>;
      };
    };
    const results = await axe.run(document);
    return {
      passed: results.passes.length,
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
    };
  }, undefined);
  // A run that checked nothing would find nothing: make sure the rules did apply.
  expect(passed).toBeGreaterThan(10);
  return violations;
}

const pageBackground = (page: TestPage) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor, undefined);

describe.each([
  ['chromium', chromiumDriver],
  ['firefox', firefoxDriver],
] as const)('in %s', (_name, launch) => {
  describe.each(['light', 'dark'] as const)('in the %s theme, axe-core finds no violation', (scheme) => {
    let driver: Driver;

    beforeAll(async () => {
      driver = await launch({ colorScheme: scheme });
    });
    afterAll(async () => {
      await driver?.close();
    });

    it('on the popup, empty and then with a week of work', async () => {
      const popup = await driver.extensionPage('popup.html');
      await popup.waitFor('[data-testid="sample-add"]');
      expect(await pageBackground(popup)).toBe(scheme === 'dark' ? 'rgb(22, 27, 38)' : 'rgb(255, 255, 255)');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.click('[data-testid="sample-add"]');
      await popup.waitFor('tr[data-category="feedback"]');
      await popup.click('tr[data-category="review"] button');
      await popup.waitFor('#how-review');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    it('on the report', async () => {
      const report = await driver.extensionPage('report.html');
      await report.waitFor('[data-testid="companies"]');
      expect(await axeViolations(report)).toEqual([]);
      await report.close();
    });

    it('on the options', async () => {
      const options = await driver.extensionPage('options.html');
      await options.waitFor('[data-testid="rate-input-review"]');
      await options.click('[data-testid="pause-hour"]');
      await options.waitFor('[data-testid="resume"]');
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  });
});
