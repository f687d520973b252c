import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DraftEventSchema, describeIssues, WorkEventSchema } from '@/lib/event';
import { MessageSchema } from '@/lib/messages';
import { draft, workEvent } from './support/events';

const valid = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;

describe('event validation', () => {
  it('accepts the events detectors and the store produce', () => {
    expect(valid(DraftEventSchema, draft())).toBe(true);
    expect(valid(WorkEventSchema, workEvent())).toBe(true);
    expect(valid(WorkEventSchema, workEvent({ detector: 'manual', units: {} }))).toBe(true);
    expect(valid(DraftEventSchema, draft({ via: 'www.google.com' }))).toBe(true);
  });

  it.each([
    ['an unknown category', { category: 'chores' }],
    ['an id with odd characters', { id: '../../etc' }],
    ['a kind that is not dotted', { kind: 'review' }],
    ['a fractional time', { startedAt: 1_795_000_000_000.5 }],
    ['a time before 2020', { startedAt: Date.UTC(2019, 0, 1), endedAt: Date.UTC(2019, 0, 1) }],
    ['a time in the future', { startedAt: Date.now() + 3 * 86_400_000, endedAt: Date.now() + 3 * 86_400_000 }],
    ['an end before the start', { endedAt: Date.UTC(2026, 10, 18, 9, 0, 0) }],
    ['more active time than the span', { activeMs: 200_000 }],
    ['negative active time', { activeMs: -1 }],
    ['an unknown unit', { units: { words: 3 } }],
    ['a negative unit', { units: { chars: -5 } }],
    ['a huge unit', { units: { chars: 10_000_000 } }],
    ['a URL for a host', { host: 'https://www.amazon.fr/dp/B0001' }],
    ['a host with an empty label', { host: '.2s' }],
    ['a host of dots', { host: '..' }],
  ])('refuses a draft with %s', (_what, overrides) => {
    expect(valid(DraftEventSchema, { ...draft(), ...overrides })).toBe(false);
  });

  it('refuses extra fields, so nothing but the facts can be stored', () => {
    expect(valid(DraftEventSchema, { ...draft(), title: 'My review of the kettle' })).toBe(false);
    expect(valid(WorkEventSchema, { ...workEvent(), url: 'https://example.com/secret/path' })).toBe(false);
  });

  it('refuses a site that is a URL or a path', () => {
    expect(valid(WorkEventSchema, workEvent({ site: 'amazon.fr/gp/cart' }))).toBe(false);
    expect(valid(WorkEventSchema, workEvent({ site: 'Amazon.fr' }))).toBe(false);
  });

  it('names the field at fault', () => {
    const result = v.safeParse(DraftEventSchema, { ...draft(), category: 'chores' });
    expect(result.success).toBe(false);
    if (!result.success) expect(describeIssues(result.issues)).toMatch(/^category: /);
  });

  it('validates messages by their type', () => {
    expect(valid(MessageSchema, { type: 'record', event: draft() })).toBe(true);
    expect(valid(MessageSchema, { type: 'start-detectors' })).toBe(true);
    expect(valid(MessageSchema, { type: 'record' })).toBe(false);
    expect(valid(MessageSchema, { type: 'delete-everything' })).toBe(false);
    expect(valid(MessageSchema, null)).toBe(false);
  });
});
