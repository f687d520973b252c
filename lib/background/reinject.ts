import { browser } from 'wxt/browser';
import { SENTINEL_SCRIPT } from '../scripts';

/**
 * Chrome gives the content scripts of a newly installed, updated or reloaded extension only
 * to pages loaded afterwards. Pages already open get the sentinel here, which also retires
 * the previous version's orphaned sentinel (lib/content/handoff.ts: `handoffReplaced`).
 */
export async function injectSentinelIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      await browser.scripting
        .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [`/${SENTINEL_SCRIPT}`] })
        .catch(() => {}); // a tab the browser keeps to itself (an error page, the web store)
    }),
  );
}
