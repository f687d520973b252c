import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectSentinelIntoOpenTabs } from '@/lib/background/reinject';

type Injection = { target: { tabId: number; frameIds?: number[] }; func?: () => unknown; files?: string[] };

describe('the sentinel given to open tabs as the extension is installed or updated', () => {
  afterEach(() => vi.restoreAllMocks());

  it('goes to the frames open before this version started, not to those that have its own already', async () => {
    const since = 1_000_000;
    /** Each tab's frames: when their documents began to load, whether a sentinel runs there, and whether they are loaded. */
    const frames: Record<number, { frameId: number; startedAt: number; hasSentinel: boolean; loaded: boolean }[]> = {
      1: [
        { frameId: 0, startedAt: since - 60_000, hasSentinel: true, loaded: true }, // an earlier version's, orphaned
        { frameId: 4, startedAt: since - 60_000, hasSentinel: false, loaded: true }, // open since before the install
        { frameId: 7, startedAt: since + 500, hasSentinel: true, loaded: true }, // loaded since: this version's own
        { frameId: 9, startedAt: since - 300, hasSentinel: false, loaded: true }, // loaded as it started, without
      ],
      2: [
        { frameId: 0, startedAt: since - 150, hasSentinel: true, loaded: true }, // loaded as this version started
        { frameId: 3, startedAt: since - 100, hasSentinel: false, loaded: false }, // its own comes once loaded
      ],
    };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, discarded: false },
      { id: 2, discarded: false },
      { id: 3, discarded: true },
    ] as never);
    const files: Injection[] = [];
    fakeBrowser.scripting.executeScript = vi.fn(async (injection: Injection) => {
      if (injection.files) {
        files.push(injection);
        return [];
      }
      return (frames[injection.target.tabId] ?? []).map(({ frameId, ...state }) => ({
        frameId,
        documentId: `doc-${frameId}`,
        result: state,
      }));
    }) as never;

    await injectSentinelIntoOpenTabs(since);

    expect(files).toEqual([{ target: { tabId: 1, frameIds: [0, 4, 9] }, files: ['/sentinel.js'] }]);
  });
});
