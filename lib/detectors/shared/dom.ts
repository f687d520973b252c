import { normalize } from './text';

const MAX_DESCRIPTION = 400;

/** The words that describe a form control: its name, id, label, placeholder and ARIA text. Never its value. */
export function describeControl(el: Element): string {
  const parts = [
    el.getAttribute('name'),
    el.id,
    el.getAttribute('class'),
    el.getAttribute('placeholder'),
    el.getAttribute('aria-label'),
    el.getAttribute('title'),
    el.getAttribute('data-testid'),
  ];
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) parts.push(el.ownerDocument.getElementById(id)?.textContent ?? null);
  }
  if ('labels' in el && el.labels) {
    for (const label of el.labels as NodeListOf<HTMLLabelElement>) parts.push(label.textContent);
  }
  return normalize(parts.filter(Boolean).join(' ').replace(/[_-]+/g, ' ')).slice(0, MAX_DESCRIPTION);
}

/** The visible or accessible name of a button, normalized and short. */
export function buttonName(el: Element): string {
  const text =
    el.getAttribute('aria-label') ??
    (el instanceof HTMLInputElement ? el.value : el.textContent) ??
    el.getAttribute('title') ??
    '';
  return normalize(text).slice(0, 80);
}

export const BUTTON_SELECTOR = 'button, input[type="submit"], input[type="button"], [role="button"]';

/** The button an event happened on, if any (the target may be an icon inside it). */
export function buttonOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(BUTTON_SELECTOR) : null;
}

/** A button that submits its form natively: the form's submit event will report it instead. */
export function submitsItsForm(button: HTMLElement): boolean {
  if (button instanceof HTMLButtonElement) return button.type === 'submit' && button.form !== null;
  if (button instanceof HTMLInputElement) return button.type === 'submit' && button.form !== null;
  return false;
}

/** Text fields a person writes in: textareas and rich-text editors. */
export const TEXT_FIELD_SELECTOR = 'textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"]';

/** Length of what was written in a text field; the text itself is never kept. */
export function writtenLength(el: Element): number {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value.trim().length;
  return (el.textContent ?? '').trim().length;
}

/** Whether a person is able to act on the page right now (a real click or key press in the last seconds). */
export function hasUserActivation(win: Window): boolean {
  const activation = (win.navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
  return activation ? activation.isActive : true;
}
