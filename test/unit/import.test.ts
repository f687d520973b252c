import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '@/lib/categories';
import { UNIT_NAMES } from '@/lib/event-limits';
import { buildExport, EXPORT_VERSION } from '@/lib/export';
import { parseExport } from '@/lib/import';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { StoredEvent } from '@/lib/store/db';
import { dayKey } from '@/lib/week';
import { workEvent } from './support/events';
import { historyArbitrary } from './support/history';

const ROOT = resolve(import.meta.dirname, '../..');
const EXPORTS = resolve(ROOT, 'test/fixtures/exports');
const schema = JSON.parse(readFileSync(resolve(ROOT, 'schema/export.schema.json'), 'utf8'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const matchesSchema = ajv.compile(schema);

const exportOf = (events: object[], extra: object = {}) => ({
  ...buildExport([], DEFAULT_SETTINGS),
  events,
  ...extra,
});
const text = (file: object) => JSON.stringify(file);

describe('reading an export file', () => {
  it('accepts what the export writes, byte-order mark or not', () => {
    const events = [
      workEvent(),
      workEvent({ detector: 'manual', site: 'lidl.offline', beneficiary: 'Lidl', units: {} }),
    ];
    const stored: StoredEvent[] = events.map((e) => ({ ...e, day: dayKey(e.endedAt) }));
    const file = JSON.stringify(buildExport(stored, DEFAULT_SETTINGS), null, 2);
    expect(parseExport(file)).toEqual({ ok: true, version: EXPORT_VERSION, events });
    expect(parseExport(`\uFEFF${file}`)).toMatchObject({ ok: true });
  });

  it.each(readdirSync(EXPORTS).filter((name) => name.endsWith('.json')))(
    'reads %s, a file of a released version, in full',
    (name) => {
      const raw = readFileSync(resolve(EXPORTS, name), 'utf8');
      const parsed = parseExport(raw);
      expect(parsed).toMatchObject({ ok: true });
      if (parsed.ok) expect(parsed.events).toHaveLength(JSON.parse(raw).events.length);
    },
  );

  it('ignores fields of the envelope it does not know, such as "$schema"', () => {
    expect(parseExport(text(exportOf([workEvent()], { $schema: './export.schema.json' })))).toMatchObject({ ok: true });
  });

  it.each([
    ['text that is not JSON', 'shadow-work,1,2026', { code: 'not-json' }],
    ['an empty file', '', { code: 'not-json' }],
    ['a JSON list', '[]', { code: 'wrong-format' }],
    ['another program’s JSON', text({ format: 'other-tracker', version: 1, events: [] }), { code: 'wrong-format' }],
    ['a file without a version', text(exportOf([], { version: undefined })), { code: 'bad-version' }],
    ['a version that is not a number', text(exportOf([], { version: '1' })), { code: 'bad-version' }],
    ['a newer version', text(exportOf([], { version: EXPORT_VERSION + 1 })), { code: 'newer-version', version: 2 }],
    ['events that are not a list', text(exportOf([], { events: {} })), { code: 'bad-file', detail: /^events: / }],
    ['no settings', text(exportOf([], { settings: undefined })), { code: 'bad-file', detail: /settings/ }],
    [
      'a bad date of export',
      text(exportOf([], { exportedAt: 'yesterday' })),
      { code: 'bad-file', detail: /exportedAt/ },
    ],
  ])('refuses %s', (_what, raw, problem) => {
    const result = parseExport(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const { detail, ...rest } = problem as { detail?: RegExp };
      expect(result.problem).toMatchObject(rest);
      if (detail) expect((result.problem as { detail: string }).detail).toMatch(detail);
    }
  });

  it.each([
    ['a URL for a site', { site: 'https://www.amazon.fr/gp/cart' }, /^site: /],
    ['a page title', { title: 'My order 1234' }, /title/],
    ['an unknown category', { category: 'chores' }, /^category: /],
    ['a negative duration', { activeMs: -5 }, /^activeMs: /],
    ['more active time than the span', { activeMs: 10 ** 7 }, /timing/],
    ['typed text in the units', { units: { chars: 'hello' } }, /^units\.chars: /],
  ])('names the event and the field at fault: %s', (_what, change, detail) => {
    const events = [workEvent(), workEvent(), { ...workEvent(), ...change }];
    const result = parseExport(text(exportOf(events)));
    expect(result).toMatchObject({ ok: false, problem: { code: 'bad-event', position: 3 } });
    if (!result.ok && result.problem.code === 'bad-event') expect(result.problem.detail).toMatch(detail);
  });

  it('refuses two events with the same id, naming both', () => {
    const event = workEvent();
    const result = parseExport(text(exportOf([event, workEvent(), { ...event, activeMs: 1 }])));
    expect(result).toEqual({ ok: false, problem: { code: 'duplicate-id', position: 3, first: 1 } });
  });
});

describe('the JSON Schema of the export (schema/export.schema.json)', () => {
  it('accepts every export, as the importer does', () => {
    fc.assert(
      fc.property(historyArbitrary(), (history) => {
        const file = exportOf(history);
        expect(matchesSchema(file), ajv.errorsText(matchesSchema.errors)).toBe(true);
        expect(parseExport(text(file)).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('accepts the files of released versions and the README’s example', () => {
    for (const name of readdirSync(EXPORTS).filter((n) => n.endsWith('.json'))) {
      expect(matchesSchema(JSON.parse(readFileSync(resolve(EXPORTS, name), 'utf8')))).toBe(true);
    }
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const example = readme.slice(readme.indexOf('## Export format')).match(/```json\n([\s\S]*?)```/)?.[1] as string;
    expect(matchesSchema(JSON.parse(example)), ajv.errorsText(matchesSchema.errors)).toBe(true);
    expect(parseExport(example)).toMatchObject({ ok: true });
  });

  it.each([
    ['a URL for a site', { site: 'https://www.amazon.fr/' }],
    ['an extra field', { url: '/gp/cart' }],
    ['an unknown category', { category: 'chores' }],
    ['an unknown unit', { units: { words: 3 } }],
    ['a fractional time', { startedAt: 1_795_000_000_000.5 }],
    ['a time before 2020', { startedAt: 1_500_000_000_000 }],
  ])('refuses, as the importer does, an event with %s', (_what, change) => {
    const file = exportOf([{ ...workEvent(), ...change }]);
    expect(matchesSchema(file)).toBe(false);
    expect(parseExport(text(file)).ok).toBe(false);
  });

  it('lists the categories and units the code knows', () => {
    const event = schema.$defs.event.properties;
    expect(event.category.enum).toEqual([...CATEGORY_IDS]);
    expect(Object.keys(event.units.properties)).toEqual([...UNIT_NAMES]);
    expect(schema.properties.version.const).toBe(EXPORT_VERSION);
  });
});
