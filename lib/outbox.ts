import type { OutboxEntry } from './messages';

export type { OutboxEntry };

/**
 * The outbox: events a content script has completed but the background has not yet
 * acknowledged, kept in extension storage under one key each so that concurrent tabs
 * never overwrite each other. A page can navigate away, or the worker be stopped, the
 * moment a form is submitted; storage outlives both and the background drains it.
 */
export const OUTBOX_PREFIX = 'outbox:';

export function outboxKey(eventId: string): string {
  return OUTBOX_PREFIX + eventId;
}

export function isOutboxKey(key: string): boolean {
  return key.startsWith(OUTBOX_PREFIX);
}
