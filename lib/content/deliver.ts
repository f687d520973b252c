import { browser } from 'wxt/browser';
import { type OutboxEntry, outboxKey } from '../outbox';
import { sendToBackground } from '../send';

const RETRY_DELAYS_MS = [250, 1000, 3000, 10000];

/**
 * Hands a completed event to the background. The outbox write is issued first, in the
 * same task as the submit, so the event survives the page going away and a stopped
 * worker; the message, the fast path, goes at once beside it (waiting for the write would
 * add its time to every acknowledgement) and is retried until the background answers.
 * Both carry the same id, so the background stores the event once; an outbox entry that
 * lands after its event was stored is drained later as a duplicate.
 */
export function deliver(entry: OutboxEntry, signal: AbortSignal): void {
  // Firefox refuses the write ("An unexpected error occurred") when the click that completed
  // the work also opens a window (a share pop-up): the message then carries the event alone.
  browser.storage.local.set({ [outboxKey(entry.event.id)]: entry }).catch(() => {});
  void sendUntilAcknowledged(entry, signal, 0);
}

async function sendUntilAcknowledged(entry: OutboxEntry, signal: AbortSignal, attempt: number): Promise<void> {
  try {
    const reply = await sendToBackground({ type: 'record', event: entry.event });
    if (reply?.ok || reply?.ok === false) return; // acknowledged: stored, or refused for good
  } catch {
    // The worker may be starting, or the extension reloading: try again below.
  }
  const delay = RETRY_DELAYS_MS[attempt];
  if (delay === undefined || signal.aborted) return; // the outbox still holds it
  setTimeout(() => {
    if (!signal.aborted) void sendUntilAcknowledged(entry, signal, attempt + 1);
  }, delay);
}
