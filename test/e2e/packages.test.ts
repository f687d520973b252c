import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumDriver, type Driver, eventually, firefoxDriver } from '../harness/driver.ts';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from '../harness/paths.ts';
import { eventsOn, postReview } from '../harness/work.ts';
import { startWorld, type World } from '../harness/world.ts';

/**
 * The files sent to the stores, as `npm run zip` and `npm run zip:firefox` write them (npm test
 * makes them in place of the plain builds): installed in each browser from the zip, and the
 * sources package rebuilt into the identical Firefox package, as AMO's reviewers will.
 */
const { version } = JSON.parse(await readFile(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
const zipPath = (suffix: string) => resolve(ROOT, `.output/shadow-work-${version}-${suffix}.zip`);
const CHROME_ZIP = zipPath('chrome');
const FIREFOX_ZIP = zipPath('firefox');
const SOURCES_ZIP = zipPath('sources');

async function requirePackage(path: string): Promise<void> {
  await access(path).catch(() => {
    throw new Error(`${path} is missing: run npm run zip && npm run zip:firefox first`);
  });
}

/** Every file of a zip, by its path in the archive. */
async function zipEntries(path: string): Promise<Map<string, Buffer>> {
  await requirePackage(path);
  const zip = await JSZip.loadAsync(await readFile(path));
  const entries = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) if (!file.dir) entries.set(file.name, await file.async('nodebuffer'));
  return entries;
}

async function extract(entries: Map<string, Buffer>, dir: string): Promise<void> {
  for (const [name, content] of entries) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

/** The files of a directory, by path, as zipEntries gives them. */
async function dirEntries(dir: string): Promise<Map<string, Buffer>> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const entries = new Map<string, Buffer>();
  for (const entry of names.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    entries.set(path.slice(dir.length + 1), await readFile(path));
  }
  return entries;
}

/** Paths that must never ship: source maps, tests and what only tests use. */
const NOT_SHIPPED = /\.map$|(^|\/)test\/|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)(node_modules|\.output|docs)\//;

/** Runs a package's command as a person would in a shell: not with the test runner's NODE_ENV, which Vite would use. */
function run(bin: string, args: string[], cwd: string) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  return promisify(execFile)(process.execPath, [resolve(ROOT, 'node_modules', bin), ...args], { cwd, env });
}

async function inTempDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differing = [...expected].filter(([name, content]) => !actual.get(name)?.equals(content)).map(([n]) => n);
  expect(differing, 'files that differ').toEqual([]);
}

describe('the store packages', () => {
  it.each([
    ['chrome', CHROME_ZIP, CHROME_BUILD],
    ['firefox', FIREFOX_ZIP, FIREFOX_BUILD],
  ])(
    '%s: the build that was tested, at the version of package.json, with no source map or test file',
    async (_browser, zip, build) => {
      const entries = await zipEntries(zip);
      expectSameFiles(entries, await dirEntries(build));
      expect([...entries.keys()].filter((name) => NOT_SHIPPED.test(name))).toEqual([]);
      const manifest = JSON.parse(String(entries.get('manifest.json'))) as { version: string };
      expect(manifest.version).toBe(version);
    },
  );

  it('sources: what AMO needs to rebuild, and it rebuilds the identical Firefox package', async () => {
    const sources = await zipEntries(SOURCES_ZIP);
    for (const name of [
      'package.json',
      'package-lock.json',
      'README.md',
      'CHANGELOG.md',
      'PRIVACY.md',
      'wxt.config.ts',
    ])
      expect(sources.has(name), name).toBe(true);
    expect(String(sources.get('README.md'))).toContain('### Building from source for reviewers');
    expect([...sources.keys()].filter((name) => NOT_SHIPPED.test(name))).toEqual([]);

    await inTempDir('shadow-work-sources-', async (dir) => {
      await extract(sources, dir);
      // A reviewer's npm ci installs the locked packages, which this checkout has installed.
      await symlink(resolve(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      await run('wxt/bin/wxt.mjs', ['build', '-b', 'firefox'], dir);
      expectSameFiles(await dirEntries(join(dir, '.output/firefox-mv2')), await zipEntries(FIREFOX_ZIP));
    });
  });

  it('firefox: web-ext lint finds no error, and no warning but the one in Preact', async () => {
    const report = await inTempDir('shadow-work-lint-', async (dir) => {
      await extract(await zipEntries(FIREFOX_ZIP), dir);
      const lint = run('web-ext/bin/web-ext.js', ['lint', '--source-dir', dir, '--output', 'json'], ROOT);
      // web-ext exits with an error status when it finds errors: its report says which.
      const { stdout } = await lint.catch((failure: { stdout: string }) => failure);
      return JSON.parse(stdout) as {
        summary: { errors: number; notices: number };
        warnings: { code: string; file: string }[];
      };
    });
    expect(report.summary).toMatchObject({ errors: 0, notices: 0 });
    // Preact's DOM diff assigns innerHTML for the dangerouslySetInnerHTML property, and only
    // for it; biome.json forbids that property in this code, so the assignment never runs.
    expect(report.warnings.map((w) => `${w.code} ${w.file}`)).toEqual([
      expect.stringMatching(/^UNSAFE_VAR_ASSIGNMENT chunks\/jsxRuntime-[\w-]+\.js$/),
    ]);
  });
});

describe.each([
  ['chromium', 'unpacked from', chromiumDriver],
  ['firefox', 'installed as a temporary add-on from', firefoxDriver],
] as const)('in %s, %s its store package', (name, _how, launch) => {
  let world: World;
  let driver: Driver;
  let unpacked: string | undefined;

  beforeAll(async () => {
    world = await startWorld();
    let extensionPath = FIREFOX_ZIP;
    if (name === 'chromium') {
      unpacked = await mkdtemp(join(tmpdir(), 'shadow-work-chrome-package-'));
      await extract(await zipEntries(CHROME_ZIP), unpacked);
      extensionPath = unpacked;
    } else {
      await requirePackage(FIREFOX_ZIP);
    }
    driver = await launch({ proxy: world.proxy, extensionPath });
  });
  afterAll(async () => {
    await driver?.close();
    await world?.close();
    if (unpacked) await rm(unpacked, { recursive: true, force: true });
  });

  it('opens its settings and popup, and records a review posted on a demo page', async () => {
    const options = await driver.extensionPage('options.html');
    await options.waitFor('[data-testid="sample-add"]');
    await options.close();

    await postReview(driver, 'kettles.shop.test', 5, 'Installed from the store package.');
    const events = await eventually(
      async () => {
        const stored = await eventsOn(driver, 'shop.test');
        return stored.length > 0 ? stored : undefined;
      },
      10_000,
      'the review to be stored',
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'review.posted', units: { chars: 33, stars: 5 } });

    const popup = await driver.extensionPage('popup.html');
    await popup.waitFor('[data-testid="total-actions"]');
    expect(await popup.text('[data-testid="total-actions"]')).toBe('1');
    await popup.close();
  });
});
