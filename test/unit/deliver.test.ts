import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver } from '@/lib/content/deliver';
import type { Message } from '@/lib/messages';
import { draft } from './support/events';

describe('delivery of a completed event', () => {
  afterEach(() => vi.restoreAllMocks());

  it('still sends the event when the outbox write is refused', async () => {
    // What Firefox does when the click that completed the work also opens a pop-up window.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('An unexpected error occurred'));
    const received: Message[] = [];
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      received.push(message as Message);
      sendResponse({ ok: true, outcome: 'stored' });
      return true;
    });
    const event = draft({
      kind: 'referral.shared',
      category: 'referral',
      detector: 'share-button',
      units: { links: 1 },
    });
    deliver({ event, privateWindow: false }, new AbortController().signal);
    await vi.waitFor(() => expect(received).toEqual([{ type: 'record', event }]));
  });
});
