/**
 * Questions of a survey, a report dialog or a feedback form, read from standard markup:
 * native radio and checkbox groups (by name), ARIA radio groups, selects, sliders and text
 * fields. Each counts once, however many boxes it has; a grid (Likert matrix) counts a
 * question per row. What was chosen or written is looked at, never kept.
 */

const CHOICE_SELECTOR =
  'input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"], [role="option"], select, input[type="range"]';
const TEXT_ANSWER_SELECTOR =
  'textarea, input:not([type]), input[type="text"], input[type="number"], [contenteditable="true"], [role="textbox"]';

const ARIA_OPTION_SELECTOR = '[role="radio"], [role="checkbox"], [role="option"]';
const ARIA_GROUP_SELECTOR = '[role="radiogroup"], [role="listbox"], [role="group"]';

interface Question {
  /** A control of the question, to tell where it is. */
  anchor: Element;
  answered(): boolean;
}

function isChecked(el: Element): boolean {
  if (el instanceof HTMLInputElement) return el.checked;
  return el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-selected') === 'true';
}

function hasText(el: Element): boolean {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.trim().length > 0;
  return (el.textContent ?? '').trim().length > 0;
}

/** Where a native control's question lives: the group its name forms in its form (or document). */
function groupKey(input: HTMLInputElement): string {
  return `${input.type}:${input.name || input.id}`;
}

/** Every question inside `root`. */
export function questionsIn(root: Element): Question[] {
  const questions: Question[] = [];
  const nativeGroups = new Map<string, HTMLInputElement[]>();
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
    const key = groupKey(input);
    nativeGroups.set(key, [...(nativeGroups.get(key) ?? []), input]);
  }
  for (const inputs of nativeGroups.values()) {
    questions.push({ anchor: inputs[0] as Element, answered: () => inputs.some((i) => i.checked) });
  }
  const ariaGroups = new Map<Element, Element[]>();
  for (const option of root.querySelectorAll(ARIA_OPTION_SELECTOR)) {
    const group = option.closest(ARIA_GROUP_SELECTOR);
    const key = group && root.contains(group) ? group : root;
    ariaGroups.set(key, [...(ariaGroups.get(key) ?? []), option]);
  }
  for (const [group, options] of ariaGroups) questions.push({ anchor: group, answered: () => options.some(isChecked) });
  for (const select of root.querySelectorAll<HTMLSelectElement>('select')) {
    const initial = Math.max(
      0,
      [...select.options].findIndex((option) => option.defaultSelected),
    );
    questions.push({ anchor: select, answered: () => select.selectedIndex !== initial && select.value !== '' });
  }
  for (const slider of root.querySelectorAll<HTMLInputElement>('input[type="range"]')) {
    questions.push({ anchor: slider, answered: () => slider.value !== slider.defaultValue });
  }
  for (const field of root.querySelectorAll(TEXT_ANSWER_SELECTOR)) {
    if (field instanceof HTMLInputElement && field.type === 'hidden') continue;
    questions.push({ anchor: field, answered: () => hasText(field) });
  }
  return questions;
}

/** How many questions inside `root` have an answer. */
export function answeredIn(root: Element): number {
  return questionsIn(root).filter((q) => q.answered()).length;
}

/** The rows of a grid question (a Likert matrix): its radio groups, when it has several. */
function gridRows(question: Element): Question[] {
  return questionsIn(question).filter(
    (q) =>
      (q.anchor instanceof HTMLInputElement && q.anchor.type === 'radio') || q.anchor.matches('[role="radiogroup"]'),
  );
}

/**
 * Answers given to one question of a survey page: one, or one per answered row when the
 * question is a grid. A choice with an "Other: ___" field is still one answer.
 */
export function answersToQuestion(question: Element): number {
  const rows = gridRows(question);
  if (rows.length >= 2) return rows.filter((row) => row.answered()).length;
  return questionsIn(question).some((q) => q.answered()) ? 1 : 0;
}

/** Whether `root` asks anything to choose (not only text to write). */
export function hasChoices(root: Element): boolean {
  return root.querySelector(CHOICE_SELECTOR) !== null;
}

/** Characters written in the text answers inside `root`; the text itself is never kept. */
export function writtenIn(root: Element): number {
  let chars = 0;
  for (const field of root.querySelectorAll(
    'textarea, input[type="text"], input:not([type]), [contenteditable="true"]',
  )) {
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) chars += field.value.trim().length;
    else chars += (field.textContent ?? '').trim().length;
  }
  return chars;
}

/** A control a person answers with: a key press, a click or a change on it counts as work on the question. */
export const ANSWER_CONTROL_SELECTOR = `${CHOICE_SELECTOR}, ${TEXT_ANSWER_SELECTOR}, label`;
