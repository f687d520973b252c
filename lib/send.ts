import type { Browser } from '@wxt-dev/browser';
import type { Message, ReplyTo } from './messages';

/**
 * The browser's own extension API, looked up when first needed. Not the polyfill, so that the
 * sentinel on every page carries none (entrypoints/sentinel.ts), and not at load: the first
 * touch builds the API's bindings in the page's isolated world, about 0.4 ms of a page load.
 */
function extensionApi(): typeof Browser | undefined {
  const scope = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome;
}

/**
 * Sends a message to the background, typed by lib/messages.ts; validation happens on arrival.
 * `runtime.sendMessage` is promise-based in Chrome's MV3 and in Firefox alike. Async, so that
 * an API that throws at once (the extension gone) rejects like any failed send.
 */
export async function sendToBackground<M extends Message>(message: M): Promise<ReplyTo<M>> {
  return (await extensionApi()?.runtime.sendMessage(message)) as ReplyTo<M>;
}

/** Whether this script's extension is gone (reloaded, updated or removed): its API no longer has an id. */
export function extensionGone(): boolean {
  return extensionApi()?.runtime?.id == null;
}
