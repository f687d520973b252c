import { browser } from 'wxt/browser';

/**
 * Whether the background could store what it was given. Set when IndexedDB refuses a write
 * (the disk space the browser grants the extension is full); cleared by the next write that
 * succeeds. Nothing is lost meanwhile: unstored events stay in the outbox.
 */
export const HEALTH_KEY = 'health';

export interface Health {
  /** Since when writes fail, in epoch ms; null when all is well. */
  storageFailingSince: number | null;
}

export async function readHealth(): Promise<Health> {
  const stored = (await browser.storage.local.get(HEALTH_KEY))[HEALTH_KEY] as Health | undefined;
  return stored ?? { storageFailingSince: null };
}

/** IndexedDB's quota error, however the database library wraps it. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const { name, inner } = e as { name?: string; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner;
  }
  return false;
}
