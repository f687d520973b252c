import { browser } from 'wxt/browser';
import { SENTINEL_SCRIPT } from '../scripts';

/**
 * This version's content scripts are declared before its worker runs `onInstalled`: a frame
 * that began to load this long before that may have them already.
 */
const DECLARED_BEFORE_MS = 10_000;

/** What a frame says of itself. Self-contained, as injected functions must be. */
function frameState(): { startedAt: number; hasSentinel: boolean; loaded: boolean } {
  return {
    startedAt: performance.timeOrigin,
    hasSentinel: (globalThis as { __shadowWorkHandoff?: unknown }).__shadowWorkHandoff !== undefined,
    loaded: document.readyState === 'complete',
  };
}

/**
 * Chrome gives the content scripts of a newly installed, updated or reloaded extension only
 * to pages loaded afterwards. Frames open before then get the sentinel here, which also
 * retires the previous version's orphaned sentinel (lib/content/handoff.ts: `handoffReplaced`).
 * A frame that began to load as this version was starting (from `since` less a margin) has
 * this version's own, or will once it is loaded: a second one would take over from it and
 * hide the detectors it started.
 */
export async function injectSentinelIntoOpenTabs(since: number): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      try {
        const frames = await browser.scripting.executeScript({
          target: { tabId: tab.id, allFrames: true },
          func: frameState,
        });
        const without = frames.filter(({ result }) => {
          const frame = result as ReturnType<typeof frameState> | undefined;
          if (!frame) return false;
          return frame.startedAt < since - DECLARED_BEFORE_MS || (frame.loaded && !frame.hasSentinel);
        });
        if (without.length === 0) return;
        await browser.scripting.executeScript({
          target: { tabId: tab.id, frameIds: without.map((frame) => frame.frameId) },
          files: [`/${SENTINEL_SCRIPT}`],
        });
      } catch {
        // a tab the browser keeps to itself (an error page, the web store)
      }
    }),
  );
}
