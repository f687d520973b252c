/**
 * Walking the page's tree the way a person's events do: through open shadow roots (Reddit's
 * web components) and same-origin frames (rich-text editors such as TinyMCE), whose
 * elements belong to another window and fail `instanceof Element` here.
 */
export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === Node.ELEMENT_NODE;
}

/** The element an event really happened on, inside any open shadow root, while it is dispatched. */
export function eventElement(event: Event): Element | null {
  const first = event.composedPath()[0];
  if (isElement(first)) return first;
  return isElement(event.target) ? event.target : null;
}

/** Like `closest`, but stepping out of shadow roots to their hosts. */
export function closestAcross(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node; ) {
    const found = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Every element matching `selector` under `root`, including inside open shadow roots. */
export function queryAllDeep(root: Element | ShadowRoot, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  const hosts = root instanceof Element ? [root, ...root.querySelectorAll('*')] : [...root.querySelectorAll('*')];
  for (const host of hosts) if (host.shadowRoot) found.push(...queryAllDeep(host.shadowRoot, selector));
  return found;
}

/** The body of a same-origin frame, where a rich-text editor keeps what is written; null otherwise. */
export function frameBody(frame: Element): HTMLElement | null {
  if (frame.tagName !== 'IFRAME') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument?.body ?? null;
  } catch {
    return null;
  }
}
