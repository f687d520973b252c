import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { freshHandoff, HANDOFF_EVENT_TYPES } from '@/lib/content/handoff';
import { runDetectors } from '@/lib/content/runtime';
import type { Detector } from '@/lib/detectors/types';
import type { OutboxEntry } from '@/lib/messages';
import { isOutboxKey } from '@/lib/outbox';

/** Runs detectors on the test document through the real content-script runtime. */
export async function startDetectors(detectors: readonly Detector[]): Promise<ContentScriptContext> {
  const ctx = new ContentScriptContext('test');
  await runDetectors(ctx, detectors);
  return ctx;
}

/** What the detectors have put in the outbox: the events that would reach the background. */
export async function outbox(): Promise<OutboxEntry[]> {
  await new Promise((done) => setTimeout(done, 0));
  const all = await fakeBrowser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => isOutboxKey(key))
    .map(([, value]) => value as OutboxEntry);
}

/**
 * What the person does before the detectors have started: the sentinel keeps those events
 * and the detectors replay them when they start, after the page has already reacted to them.
 */
export function beforeDetectorsStart(act: () => void): void {
  const sentinel = freshHandoff();
  // A browser shows a listener on the window the host of a shadow tree an event comes from (happy-dom does not).
  const retargeted = (target: EventTarget | null) => {
    let node = target;
    while (node instanceof Node && node.getRootNode() instanceof ShadowRoot)
      node = (node.getRootNode() as ShadowRoot).host;
    return node;
  };
  const keep = (event: Event) => sentinel.events.push({ event, target: retargeted(event.target) });
  for (const type of HANDOFF_EVENT_TYPES) window.addEventListener(type, keep, { capture: true });
  act();
  for (const type of HANDOFF_EVENT_TYPES) window.removeEventListener(type, keep, { capture: true });
  // As in a browser (happy-dom keeps them): once dispatched, an event's composed path is empty,
  // and an event from inside a shadow tree has no target.
  for (const { event } of sentinel.events) {
    Object.defineProperty(event, 'composedPath', { value: () => [] });
    if (event.target instanceof Node && event.target.getRootNode() instanceof ShadowRoot) {
      Object.defineProperty(event, 'target', { value: null, configurable: true });
    }
  }
}
