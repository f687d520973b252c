import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Driver, eventually, type TestPage } from '../harness/driver.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';

/** Keeps what the page saves (lib/download.ts) instead of handing it to the browser's downloads. */
function keepSavedFiles() {
  const scope = window as unknown as { saved: Blob[] };
  scope.saved = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    scope.saved.push(blob as Blob);
    return create(blob);
  };
  HTMLAnchorElement.prototype.click = () => {};
}

/** The `n`th file saved (from 1), once it is: its first bytes and its text. */
async function savedFile(n: number): Promise<{ head: number[]; text: string } | undefined> {
  const blob = (window as unknown as { saved: Blob[] }).saved[n - 1];
  if (!blob) return undefined;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { head: [...bytes.slice(0, 3)], text: new TextDecoder().decode(bytes) };
}

function badgeText(): Promise<string> {
  const scope = globalThis as unknown as Record<
    'browser' | 'chrome',
    Record<'action' | 'browserAction', { getBadgeText(details: object): Promise<string> } | undefined>
  >;
  const api = scope.browser ?? scope.chrome;
  return (api.action ?? api.browserAction)?.getBadgeText({}) ?? Promise.resolve('');
}

const sortBy = <T extends Record<string, unknown>>(rows: T[], key: (row: T) => string) =>
  [...rows].sort((a, b) => key(a).localeCompare(key(b)));
const normalised = (db: Awaited<ReturnType<Driver['database']>>) => ({
  events: sortBy(db.events, (e) => String(e.id)),
  daily: sortBy(db.daily, (r) => `${r.day}|${r.category}|${r.site}`),
});

describe.each(BROWSERS)('in %s, the options page', (_name, launch) => {
  const env = useBrowser(launch);
  let files: string;

  beforeAll(async () => {
    files = await mkdtemp(join(tmpdir(), 'shadow-work-files-'));
  });
  afterAll(async () => {
    await rm(files, { recursive: true, force: true });
  });

  const waitForText = (page: TestPage, selector: string, pattern: RegExp) =>
    eventually(
      async () => (pattern.test(await page.text(selector)) ? true : undefined),
      10_000,
      `${selector} to say ${pattern}`,
    );
  const eventCount = async () => (await env.driver.database()).events.length;

  it('takes a manual entry, exports, deletes everything, and imports back the identical record', async () => {
    const shop = await env.driver.newPage();
    await shop.goto('https://kettles.shop.test/demo/review-form.html');
    await shop.click('label[for="star4"]');
    await shop.type('#review-body', 'Boils fast.');
    await shop.click('button[type="submit"]');
    await shop.waitForUrl(/thanks/);
    await shop.close();

    const options = await env.driver.extensionPage('options.html');
    // The badge shows the week's value by default; counting actions makes what each step does plain.
    await options.select('#badge', 'count');
    await options.waitFor('.manual-form');
    await options.select('.manual-form select[name="category"]', 'selfservice');
    await options.type('.manual-form input[name="minutes"]', '25');
    await options.type('.manual-form input[name="company"]', 'Lidl');
    await options.click('.manual-form button[type="submit"]');
    await options.waitFor('.manual-list tr[data-event-id]');
    await eventually(async () => ((await eventCount()) === 2 ? true : undefined), 10_000, 'two events');
    const before = normalised(await env.driver.database());
    expect(before.events.map((e) => [e.detector, e.site]).sort()).toEqual([
      ['manual', 'lidl.offline'],
      ['review-form', 'shop.test'],
    ]);
    await eventually(
      async () => ((await options.evaluate(badgeText, undefined)) === '2' ? true : undefined),
      10_000,
      'the badge to count two actions',
    );

    await options.evaluate(keepSavedFiles, undefined);
    const saved = (n: number) => eventually(() => options.evaluate(savedFile, n), 10_000, `file ${n} to be saved`);
    await options.click('[data-testid="export-json"]');
    const exported = (await saved(1)).text;
    expect(JSON.parse(exported)).toMatchObject({ format: 'shadow-work', version: 1 });
    expect(await options.text('.data-section [role="status"]')).toBe('Exported 2 events.');

    await options.click('[data-testid="export-csv"]');
    const csv = await saved(2);
    expect(csv.head).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(3);
    expect(csv.text).toContain(',lidl.offline,Lidl,');

    await options.click('.delete-form button[type="submit"]');
    await options.waitFor('.confirm button.danger');
    expect(await options.text('.confirm button.danger')).toBe('Delete 2 events');
    await options.click('.confirm button.danger');
    await waitForText(options, '.data-section [role="status"]', /^Deleted 2 events\.$/);
    expect(await env.driver.database()).toEqual({ events: [], daily: [] });
    expect(await options.evaluate(badgeText, undefined)).toBe('');

    const file = join(files, 'export.json');
    await writeFile(file, exported);
    await options.upload('[data-testid="import-file"]', file);
    await waitForText(options, '.data-section [role="status"]', /^New events imported: 2\. Already here.*: 0\.$/);
    expect(normalised(await env.driver.database())).toEqual(before);
    expect(await options.evaluate(badgeText, undefined)).toBe('2');

    // The same file again changes nothing.
    await options.upload('[data-testid="import-file"]', file);
    await waitForText(options, '.data-section [role="status"]', /^New events imported: 0\. Already here.*: 2\.$/);
    expect(normalised(await env.driver.database())).toEqual(before);
    await options.close();
  });

  it('refuses a bad file, saying which event is wrong, and changes nothing', async () => {
    const before = normalised(await env.driver.database());
    const options = await env.driver.extensionPage('options.html');
    await options.waitFor('[data-testid="import-file"]');
    const { day: _day, ...first } = before.events[0] as Record<string, unknown>;
    const bad = {
      format: 'shadow-work',
      version: 1,
      exportedAt: new Date().toISOString(),
      events: [
        { ...first, id: 'fresh-event-0001' },
        { ...first, id: 'fresh-event-0002', site: 'https://shop.test/cart' },
      ],
      settings: {},
    };
    const file = join(files, 'bad.json');
    await writeFile(file, JSON.stringify(bad));
    await options.upload('[data-testid="import-file"]', file);
    await waitForText(
      options,
      '.data-section [role="alert"]',
      /^Event number 2 in the file is invalid \(site: .*\)\. Nothing was changed\.$/,
    );
    expect(normalised(await env.driver.database())).toEqual(before);

    await writeFile(file, JSON.stringify({ ...bad, events: [], version: 7 }));
    await options.upload('[data-testid="import-file"]', file);
    await waitForText(options, '.data-section [role="alert"]', /newer Shadow Work \(format version 7\)/);
    expect(normalised(await env.driver.database())).toEqual(before);
    await options.close();
  });

  it('deletes a single event from the report page, and edits a manual entry in the options', async () => {
    const report = await env.driver.extensionPage('report.html');
    await report.waitFor('.event-list tr[data-event-id]');
    const review = (await env.driver.database()).events.find((e) => e.detector === 'review-form') as { id: string };
    await report.click(`.event-list tr[data-event-id="${review.id}"] button`);
    await report.click(`.event-list tr[data-event-id="${review.id}"] button.danger`);
    await waitForText(report, '.event-list [role="status"]', /^The event was deleted\.$/);
    const { events, daily } = await env.driver.database();
    expect(events.map((e) => e.detector)).toEqual(['manual']);
    expect(daily.map((r) => r.site)).toEqual(['lidl.offline']);
    await eventually(
      async () => ((await report.text('[data-testid="range-actions"]')) === '1' ? true : undefined),
      10_000,
      'the report to count the one event left',
    );
    await report.close();

    const options = await env.driver.extensionPage('options.html');

    const manual = events[0] as { id: string };
    await options.click(`.manual-list tr[data-event-id="${manual.id}"] button`);
    await options.select('.manual-form select[name="category"]', 'feedback');
    await options.click('.manual-form button[type="submit"]');
    await waitForText(options, '.manual-entries [role="status"]', /^Saved\.$/);
    expect((await env.driver.database()).daily).toEqual([expect.objectContaining({ category: 'feedback', count: 1 })]);
    await options.close();
  });
});
