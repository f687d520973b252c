import { describe, expect, it, vi } from 'vitest';
import { rememberedFor } from '@/lib/detectors/shared/regions';

describe('a judgement remembered while the person types', () => {
  it('is made once per element for a while, then made again', () => {
    const judge = vi.fn((el: Element) => el.id);
    const remembered = rememberedFor(judge, 2_000);
    const field = document.createElement('textarea');
    field.id = 'first';
    expect(remembered(field, 1_000)).toBe('first');
    field.id = 'renamed'; // the page rebuilt the block: not seen until the judgement is old
    expect(remembered(field, 2_500)).toBe('first');
    expect(judge).toHaveBeenCalledTimes(1);
    expect(remembered(field, 3_000)).toBe('renamed');
    expect(judge).toHaveBeenCalledTimes(2);
  });

  it('keeps each element apart, and judges again an event stamped before the judgement', () => {
    const judge = vi.fn((el: Element) => el.tagName);
    const remembered = rememberedFor(judge);
    const input = document.createElement('input');
    const area = document.createElement('textarea');
    expect(remembered(input, 10)).toBe('INPUT');
    expect(remembered(area, 10)).toBe('TEXTAREA');
    expect(remembered(input, 5)).toBe('INPUT'); // a replayed event, older than the judgement
    expect(judge).toHaveBeenCalledTimes(3);
  });
});
