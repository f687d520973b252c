import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '@/lib/detectors';

const ROOT = resolve(import.meta.dirname, '../..');
const detectorFiles = readdirSync(resolve(ROOT, 'lib/detectors'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'types.ts')
  .map((name) => name.replace(/\.ts$/, ''));
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const catalogue = readme.slice(readme.indexOf('## Detector catalogue'), readme.indexOf('## Permissions'));

/** The catalogue cannot drift from the code: every detector is registered, documented, and tested on a fixture. */
describe('detector catalogue', () => {
  it('registers every file in lib/detectors under its file name, once', () => {
    expect(DETECTORS.map((d) => d.id).sort()).toEqual([...detectorFiles].sort());
  });

  it.each(detectorFiles)('%s has a row in the README catalogue', (id) => {
    expect(catalogue).toMatch(new RegExp(`^\\| \`${id}\` \\|`, 'm'));
  });

  it.each(detectorFiles)('%s has a unit test that loads fixture pages that exist', (id) => {
    const testFile = resolve(ROOT, `test/unit/detectors/${id}.test.ts`);
    expect(existsSync(testFile)).toBe(true);
    const fixtures = [...readFileSync(testFile, 'utf8').matchAll(/loadFixture\(\s*'([^']+)'/g)].map(
      (m) => m[1] as string,
    );
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) expect(existsSync(resolve(ROOT, 'test/fixtures', fixture))).toBe(true);
  });

  it('lists no detector in the README that does not exist', () => {
    const documented = [...catalogue.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...detectorFiles].sort());
  });
});
