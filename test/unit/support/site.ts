import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFlows } from '@/lib/background/flows';
import type { FlowProgress } from '@/lib/detectors/types';
import type { Message } from '@/lib/messages';

const DEFAULT_URL = 'https://shop.example/products/kettle-k200';

/** Puts the test document at another address, as if the person had opened that page (named-site detectors match on it). */
export function visit(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

afterEach(() => visit(DEFAULT_URL));

/**
 * Answers the detectors' flow messages as the background does, for a page in tab 1, with the
 * real flow store; other messages (records) stay unanswered, so events wait in the outbox.
 */
export function serveFlows() {
  const flows = createFlows(fakeBrowser.storage.session);
  fakeBrowser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const message = raw as Message;
    const owner = { tabId: 1, url: location.href };
    if (message.type === 'flow-load') {
      void flows.load(owner, message.detector).then((progress) => sendResponse({ ok: true, progress }));
    } else if (message.type === 'flow-save') {
      void flows.save(owner, message.detector, message.progress).then(() => sendResponse({ ok: true }));
    } else if (message.type === 'flow-end') {
      void flows.end(owner, message.detector).then(() => sendResponse({ ok: true }));
    } else {
      return false;
    }
    return true;
  });
  return {
    progress: (detector: string): Promise<FlowProgress | null> =>
      flows.load({ tabId: 1, url: location.href }, detector),
  };
}

/** Lets queued tasks (timers of 0 ms, message replies) run. */
export function settle(ms = 10): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
