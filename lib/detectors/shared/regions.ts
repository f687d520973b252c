import { normalize } from './text';

/** Above this much text a block is a page or a column, not a widget. */
const MAX_WIDGET_TEXT = 1000;
const MAX_WIDGET_DEPTH = 8;

/** Normalized text of an element, cut short: read to recognise a widget, never kept. */
export function shortText(el: Element, max = MAX_WIDGET_TEXT): string {
  return normalize((el.textContent ?? '').slice(0, max * 2)).slice(0, max);
}

/**
 * The smallest block around `el` (itself included) that `test` accepts, looking a few levels
 * up and never at a block holding more text than a widget does: above that the search stops.
 */
export function closestWidget(
  el: Element,
  test: (block: Element) => boolean,
  maxText = MAX_WIDGET_TEXT,
): Element | null {
  let node: Element | null = el;
  for (let depth = 0; node && depth <= MAX_WIDGET_DEPTH; depth++, node = node.parentElement) {
    if (node === node.ownerDocument.body || node === node.ownerDocument.documentElement) return null;
    if ((node.textContent?.length ?? 0) > maxText) return null;
    if (test(node)) return node;
  }
  return null;
}

/**
 * A judgement about an event's target (is it a field of a review? of an invite form?),
 * remembered for a moment. Every detector that works on any site looks at the target of every
 * key press, and from the extension's isolated world each DOM call costs microseconds: asked
 * again for the same field, the answer comes from here. A page may rebuild the block around
 * the field, so a judgement older than `maxAgeMs` is made again: ten seconds, so that a long
 * review or form is not judged again every few keys (each judgement of a block walks it). `at`
 * is the event's time stamp, which costs no call. Judgements that decide whether work is
 * recorded, at the send, are made afresh.
 */
export function rememberedFor<T>(
  judge: (el: Element, at: number) => T,
  maxAgeMs = 10_000,
): (el: Element, at: number) => T {
  const judged = new WeakMap<Element, { value: T; at: number }>();
  return (el, at) => {
    const known = judged.get(el);
    if (known && at - known.at < maxAgeMs && at >= known.at) return known.value;
    const value = judge(el, at);
    judged.set(el, { value, at });
    return value;
  };
}

/** What a form or dialog says about itself: its name, id, class, label, action and headings. */
export function describeBlock(block: Element): string {
  const labelledBy = block.getAttribute('aria-labelledby');
  const parts = [
    block.getAttribute('name'),
    block.id,
    block.getAttribute('class'),
    block.getAttribute('aria-label'),
    block.getAttribute('action'),
    labelledBy ? block.ownerDocument.getElementById(labelledBy)?.textContent : null,
    ...[...block.querySelectorAll('h1, h2, h3, h4, legend, [role="heading"]')].slice(0, 6).map((h) => h.textContent),
  ];
  return normalize(
    parts
      .filter(Boolean)
      .join(' ')
      .replace(/[/_-]+/g, ' '),
  ).slice(0, 600);
}

const MAX_FORM_DEPTH = 8;
const SCRIPT_BUTTON_SELECTOR = 'button, [role="button"], input[type="button"]';

/**
 * The form a field or button belongs to: its `<form>`, or else — on pages that send with a
 * script — the smallest block around it with a button `isSend` accepts and the fields `hasFields` wants.
 */
export function formOf(
  el: Element,
  isSend: (button: Element) => boolean,
  hasFields: (block: Element) => boolean,
): Element | null {
  const form = el.closest('form');
  if (form) return form;
  let node = el.parentElement;
  for (let depth = 0; node && depth < MAX_FORM_DEPTH; depth++, node = node.parentElement) {
    if (node === node.ownerDocument.body) return null;
    if ([...node.querySelectorAll(SCRIPT_BUTTON_SELECTOR)].some(isSend) && hasFields(node)) return node;
  }
  return null;
}

/** A control the page has switched off: clicking it does nothing. */
export function isDisabled(el: Element): boolean {
  return el.matches(':disabled') || el.getAttribute('aria-disabled') === 'true';
}

/** Only the elements of a list that no other element of the list contains. */
export function outermost<T extends Element>(elements: Iterable<T>): T[] {
  const list = [...elements];
  return list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
}

/**
 * Calls `onAppear` whenever an element matching `selector` is added to the document, for
 * end screens that single-page apps draw without changing the address. Cheap: only added
 * elements are looked at.
 */
export function watchFor(doc: Document, selector: string, onAppear: (el: Element) => void, signal: AbortSignal): void {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        const found = node.matches(selector) ? node : node.querySelector(selector);
        if (found) {
          onAppear(found);
          return;
        }
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
