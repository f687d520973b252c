import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFlows } from '@/lib/background/flows';
import type { Message } from '@/lib/messages';

const DEFAULT_URL = 'https://shop.example/products/kettle-k200';

/** Puts the test document at another address, such as a widget frame's. */
export function visit(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Back to the address the unit tests start from. */
export function leave(): void {
  visit(DEFAULT_URL);
}

/**
 * The background as the frames of one tab see it: flows kept per tab and site (the real
 * lib/background/flows.ts), records acknowledged and left in the outbox for the test to read.
 */
export function backgroundOfTab(tabUrl: string): void {
  const flows = createFlows(fakeBrowser.storage.session);
  const owner = { tabId: 1, url: tabUrl };
  fakeBrowser.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
    const reply = async () => {
      switch (message.type) {
        case 'flow-load':
          return { ok: true, progress: await flows.load(owner, message.detector) };
        case 'flow-save':
          await flows.save(owner, message.detector, message.progress);
          return { ok: true };
        case 'flow-add':
          await flows.add(owner, message.detector, message.progress);
          return { ok: true };
        case 'flow-end':
          await flows.end(owner, message.detector);
          return { ok: true };
        case 'record':
          return { ok: true, outcome: 'stored' };
        default:
          return { ok: false, error: 'not in this test' };
      }
    };
    void reply().then(sendResponse);
    return true;
  });
}

/** Lets pending messages, storage writes and mutation observers settle. */
export function settle(ms = 20): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
