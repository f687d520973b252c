import { watchTicks } from './shared/captcha-widget';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Cloudflare Turnstile, in its one frame on challenges.cloudflare.com (also the "Verify you
 * are human" box of Cloudflare's managed-challenge pages). There is no image to pick: the
 * work is the tick, recorded as `captcha.solved` when the widget shows its success mark
 * after the person's own click or key. The widget draws inside a closed shadow root, which
 * content scripts may open (`chrome.dom.openOrClosedShadowRoot`, Firefox's
 * `openOrClosedShadowRoot`); clicks in it reach the document as trusted events on its host.
 */
const SITES = ['https://challenges.cloudflare.com/*'];
const onWidgetHost = matchesSites(SITES);
const SUCCESS = '#success';

type ShadowAccess = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
type ChromeDom = { chrome?: { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } } };

function shadowRootOf(el: Element): ShadowRoot | null {
  const chromeDom = (globalThis as ChromeDom).chrome?.dom;
  return (
    el.shadowRoot ?? (el as ShadowAccess).openOrClosedShadowRoot ?? chromeDom?.openOrClosedShadowRoot?.(el) ?? null
  );
}

/** Shown on screen: neither it nor anything it sits in, across shadow boundaries, is display: none. */
function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; ) {
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (style?.display === 'none' || style?.visibility === 'hidden') return false;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return true;
}

export default defineDetector({
  id: 'turnstile',
  category: 'captcha',
  sites: SITES,
  matches: (url) => onWidgetHost(url) && url.pathname.includes('/turnstile/'),
  start(ctx) {
    const doc = ctx.document;
    const shadowRoots = new Set<ShadowRoot>();
    const observer = new MutationObserver(() => check());
    const watch = (node: Node) =>
      observer.observe(node, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class'] });
    const succeeded = () => [doc, ...shadowRoots].some((root) => [...root.querySelectorAll(SUCCESS)].some(isShown));
    const check = () => {
      for (const el of doc.body?.querySelectorAll('*') ?? []) {
        const root = shadowRootOf(el);
        if (root && !shadowRoots.has(root)) {
          shadowRoots.add(root);
          watch(root);
        }
      }
      if (!ticks.ticked || !succeeded()) return;
      const clock = ticks.take();
      if (clock) ctx.record({ kind: 'captcha.solved', units: {}, clock, via: ctx.url.hostname });
    };
    const ticks = watchTicks(ctx, check);
    watch(doc.documentElement);
    check();
    return () => observer.disconnect();
  },
});

// Made for: https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv0/0/<widget>/<sitekey>/light/fbE/new/normal/auto/
// as embedded by sites' sign-up and log-in forms and by Cloudflare's "Just a moment…" pages.
