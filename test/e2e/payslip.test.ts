import { describe, expect, it } from 'vitest';
import { type Driver, eventually, type TestPage } from '../harness/driver.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';
import { postReview } from '../harness/work.ts';

const SMIC = 12.02; // France's minimum wage, the rate of the "minimum wage" lens there
const euros = (amount: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(amount);
const HOUR = 3_600_000;

interface Line {
  count: number;
  activeMs: number;
}

/** What the payslip of the week starting `monday` must show, computed here from the stored facts. */
async function expectedWeek(driver: Driver, monday: string): Promise<Map<string, Line>> {
  const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  const lines = new Map<string, Line>();
  for (const event of (await driver.database()).events) {
    const day = event.day as string;
    if (day < monday || day > sunday) continue;
    const line = lines.get(event.category as string) ?? { count: 0, activeMs: 0 };
    line.count += 1;
    line.activeMs += event.activeMs as number;
    lines.set(event.category as string, line);
  }
  return lines;
}

/** Checks every line, and the totals, of the week the popup shows, at `rateOf` euros an hour per category. */
async function checkPayslip(driver: Driver, popup: TestPage, rateOf: (category: string) => number) {
  const monday = await popup.evaluate(
    () => document.querySelector('[data-week]')?.getAttribute('data-week'),
    undefined,
  );
  const lines = await expectedWeek(driver, monday as string);
  expect(lines.size).toBeGreaterThan(0);
  let total = 0;
  let actions = 0;
  for (const [category, line] of lines) {
    const amount = (line.activeMs / HOUR) * rateOf(category);
    total += amount;
    actions += line.count;
    const row = `tr[data-category="${category}"]`;
    expect(await popup.text(`${row} td:nth-of-type(1)`)).toBe(String(line.count));
    expect(await popup.text(`[data-testid="rate-${category}"]`)).toBe(`${euros(rateOf(category))}/h`);
    expect(await popup.text(`[data-testid="amount-${category}"]`)).toBe(euros(amount));
  }
  const shown = await popup.evaluate(() => document.querySelectorAll('tbody tr[data-category]').length, undefined);
  expect(shown).toBe(lines.size);
  expect(await popup.text('[data-testid="total-actions"]')).toBe(String(actions));
  expect(await popup.text('[data-testid="total-value"]')).toBe(euros(total));
  expect(await popup.text('[data-testid="lines-total"]')).toBe(euros(total));
  return total;
}

describe.each(BROWSERS)('in %s, the payslip', (_name, launch) => {
  const env = useBrowser(launch);

  it('shows the lines, totals and value at a known rate, for detected work and a sample week', async () => {
    await postReview(env.driver, 'www.kettles.test', 5, 'Quick to boil, quiet enough.');
    const options = await env.driver.extensionPage('options.html');
    await options.select('#region', 'FR');
    // The sample week stands in for categories whose detectors are not written yet.
    await options.click('[data-testid="sample-add"]');
    await eventually(async () =>
      /^Sample data is shown: \d+ made-up events\.$/.test(await options.text('[data-testid="sample-status"]'))
        ? true
        : undefined,
    );
    await options.close();

    const popup = await env.driver.extensionPage('popup.html');
    await popup.waitFor('[data-testid="sample-banner"]');
    await popup.waitFor('tr[data-category="review"]');
    expect(await popup.text('[data-testid="value-basis"]')).toMatch(/^Valued at: Minimum wage, France\. /);
    await checkPayslip(env.driver, popup, () => SMIC);

    // Last week is the complete sample week: every category has a line.
    await popup.click('button[aria-label="Previous week"]');
    await popup.waitFor('tr[data-category="feedback"]');
    await checkPayslip(env.driver, popup, () => SMIC);
    await popup.click('tr[data-category="captcha"] button');
    await popup.waitFor('#how-captcha');
    expect(await popup.text('#how-captcha')).toContain('SMIC brut horaire au 1er janvier 2026');
    await popup.close();
  });

  it('re-values the week when a rate changes in the options', async () => {
    const popup = await env.driver.extensionPage('popup.html');
    await popup.click('button[aria-label="Previous week"]');
    await popup.waitFor('tr[data-category="feedback"]');
    const before = await checkPayslip(env.driver, popup, () => SMIC);

    const options = await env.driver.extensionPage('options.html');
    await options.click('[data-testid="rate-input-review"]');
    await options.press('Control+A');
    await options.type('[data-testid="rate-input-review"]', '60', 20);
    await options.press('Tab');
    await eventually(async () => {
      const overrides = ((await env.driver.storage()).settings as { rateOverrides?: Record<string, unknown> })
        .rateOverrides;
      return overrides?.['minimum:FR:review'] ? true : undefined;
    });
    await options.close();

    // The open popup follows the settings; a popup opened now starts with them.
    const rateOf = (category: string) => (category === 'review' ? 60 : SMIC);
    await eventually(async () =>
      (await popup.text('[data-testid="rate-review"]')) === `${euros(60)}/h` ? true : undefined,
    );
    const after = await checkPayslip(env.driver, popup, rateOf);
    expect(after).toBeGreaterThan(before);
    await popup.close();
    const reopened = await env.driver.extensionPage('popup.html');
    await reopened.click('button[aria-label="Previous week"]');
    await reopened.waitFor('tr[data-category="feedback"]');
    expect(await checkPayslip(env.driver, reopened, rateOf)).toBeCloseTo(after, 9);
    await reopened.close();
  });

  it('removes exactly the sample data in one click', async () => {
    const popup = await env.driver.extensionPage('popup.html');
    await popup.click('[data-testid="sample-remove"]');
    await eventually(async () => ((await env.driver.database()).events.length === 1 ? true : undefined));
    const [review] = (await env.driver.database()).events;
    expect(review).toMatchObject({ detector: 'review-form', site: 'kettles.test' });
    await popup.close();
  });
});
