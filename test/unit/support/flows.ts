import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createFlows } from '@/lib/background/flows';
import { createService } from '@/lib/background/service';
import type { FlowProgress } from '@/lib/detectors/types';

const TAB = 1;

/**
 * The background's side of tasks that span pages, for the one tab of a unit test: flow
 * messages go through the real service (validation included) to session storage; recorded
 * events stay in the outbox, where the tests read them.
 */
export function serveFlows(): void {
  const service = createService(undefined as never, createFlows(fakeBrowser.storage.session), undefined as never);
  fakeBrowser.runtime.onMessage.addListener((message: { type?: string }, _sender, sendResponse) => {
    if (message.type === 'record') {
      sendResponse({ ok: false, error: 'kept in the outbox for the test' });
    } else {
      const sender = { id: fakeBrowser.runtime.id, tab: { id: TAB, url: location.href } };
      void service.handleMessage(message, sender).then(sendResponse);
    }
    return true;
  });
}

/** Lets pending messages and storage writes finish. */
export const settle = () => new Promise((done) => setTimeout(done, 20));

/** The person leaves the page: its detectors stop, and what they save reaches the background. */
export async function leave(ctx: ContentScriptContext): Promise<void> {
  ctx.abort();
  await settle();
}

/** The address the next page is loaded at (its fixture is loaded by the test). */
export function goTo(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Progress of a task as the background keeps it for this tab and `url`'s site. */
export async function savedFlow(detector: string, url = location.href): Promise<FlowProgress | null> {
  return createFlows(fakeBrowser.storage.session).load({ tabId: TAB, url }, detector);
}

/** Progress saved by earlier pages, as if the person had worked there. */
export async function workedBefore(detector: string, progress: FlowProgress, url = location.href): Promise<void> {
  await createFlows(fakeBrowser.storage.session).save({ tabId: TAB, url }, detector, progress);
}
