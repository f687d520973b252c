import type { ActivityClock } from '../../activity-clock';
import type { Units } from '../../event-limits';
import type { DetectorContext } from '../types';
import { claim, release } from './claims';
import { BUTTON_SELECTOR, hasUserActivation, TEXT_FIELD_SELECTOR, writtenLength } from './dom';
import { closestAcross, eventElement, frameBody, isElement, queryAllDeep } from './tree';

/**
 * The composers of forums, social networks, wikis and marketplaces: a block where a person
 * writes (a reply box, a post dialog, a listing form) and a way to send it (a button, Enter,
 * Ctrl + Enter). What was written is measured when it is sent; it is recorded only once the
 * site shows that it took it: the composer empties, closes or goes away, the address
 * changes, or the page leaves for the server's answer. A send the site refuses (an error,
 * a rule it enforces) leaves the text in place and records nothing.
 */

/** How long a site may take to show it has taken what was sent (slow networks, uploads). */
const CONFIRMATION_TIMEOUT_MS = 30_000;
const CONFIRMATION_POLL_MS = 250;

/** Input events are heard only once the person works in a composer: they come at every key (see `countCharacters`). */
const ACTIVITY_EVENTS = ['keydown', 'change', 'pointerdown', 'focusin', 'paste', 'drop'] as const;
/** The activity events that change what a composer holds. */
const CHANGE_EVENTS = new Set(['input', 'change', 'paste', 'drop']);
/** Events inside a rich-text editor's frame (TinyMCE), which never reach the page's document. */
const FRAME_EVENTS = ['keydown', 'input', 'pointerdown', 'paste'] as const;

/** How far up from a field to look for the block that holds its send button. */
const MAX_REPLY_BOX_DEPTH = 8;

const FORM_CONTROL_SELECTOR =
  'input:not([type="hidden"]):not([type="file"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), select, textarea, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="radio"], [role="checkbox"], [role="switch"], [role="option"], [role="spinbutton"], [role="slider"]';
/** What a person writes in or chooses with: a draft starts there, and only there. */
const EDITABLE_SELECTOR = `${FORM_CONTROL_SELECTOR}, input[type="file"]`;

/** What the person has done in one composer so far; never what they wrote. */
export interface Draft {
  clock: ActivityClock;
  /** Whether the person changed anything in it: only then can sending it be their work. */
  worked: boolean;
  /** Characters typed, pasted or dropped into it. */
  typed: number;
  /** Files chosen, pasted or dropped into it (the photos of a post or a listing). */
  files: number;
  /** The form fields filled in or chosen, each once. */
  fields: Set<unknown>;
}

/** What a composer sent, as it will be recorded. */
export interface Sent {
  kind: string;
  units: Units;
}

export interface ComposerSite {
  /** The composer an element belongs to, or null. Runs on every input: keep it to a `closest`. */
  composerOf(el: Element): Element | null;
  /** Where a press is work in itself, besides writing in a field (drawing on a map editor's map). */
  isWork?(el: Element): boolean;
  /** Whether a pressed button, or the submitter of a form, sends the composer. */
  isSendButton(button: Element, composer: Element): boolean;
  /** Whether a key press in one of its fields sends it (Enter in a comment box, Ctrl + Enter). */
  sendsOnKey?(event: KeyboardEvent, field: Element, composer: Element): boolean;
  /** What is being sent, measured as it is sent; null when there is nothing to record. */
  measure(composer: Element, draft: Draft): Sent | null;
  /**
   * Whether the site has taken what was sent. `cleared` is the usual sign: the composer
   * emptied, closed or went away, the address changed or the page is leaving. By default, that.
   */
  accepted?(composer: Element, cleared: boolean): boolean;
}

interface Pending {
  sent: Sent;
  draft: Draft;
  address: string;
  fields: Element[];
  written: number;
  until: number;
}

export const isCtrlEnter = (event: KeyboardEvent) => event.key === 'Enter' && (event.ctrlKey || event.metaKey);
export const isPlainEnter = (event: KeyboardEvent) =>
  event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;

/** The fields a person writes in under `root`, shadow roots and editor frames included, none counted twice. */
export function textFields(root: Element): Element[] {
  const found = queryAllDeep(root, `${TEXT_FIELD_SELECTOR}, iframe`).filter(
    (el) => el.tagName !== 'IFRAME' || frameBody(el)?.isContentEditable,
  );
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

export function fieldLength(field: Element): number {
  const body = frameBody(field);
  return body ? (body.textContent ?? '').trim().length : writtenLength(field);
}

export function totalLength(fields: readonly Element[]): number {
  return fields.reduce((sum, field) => sum + fieldLength(field), 0);
}

/** The block a reply is written in, on a site that gives it no name: its form, or the smallest block around it that holds a text field and a send button. */
export function replyBoxOf(el: Element, isSend: (button: Element) => boolean): Element | null {
  const form = el.closest('form, [role="form"], [role="dialog"]');
  if (form) return form.querySelector(TEXT_FIELD_SELECTOR) ? form : null;
  let node = el.parentElement;
  for (let depth = 0; node && node !== el.ownerDocument.body && depth < MAX_REPLY_BOX_DEPTH; depth++) {
    if (node.querySelector(TEXT_FIELD_SELECTOR) && [...node.querySelectorAll(BUTTON_SELECTOR)].some(isSend))
      return node;
    node = node.parentElement;
  }
  return null;
}

/** The length of everything written in a composer right now. */
export function textLength(composer: Element): number {
  return totalLength(textFields(composer));
}

/** Something written (an answer, a comment): its characters; nothing when it is empty. */
export function written(kind: string, chars: number): Sent | null {
  return chars > 0 ? { kind, units: { chars } } : null;
}

/** A post or a comment on a social network: what was written and the photos added; nothing when neither. */
export function postOrComment(composer: Element, draft: Draft, isComment: boolean): Sent | null {
  const chars = textLength(composer);
  if (chars === 0 && draft.files === 0) return null;
  return { kind: isComment ? 'content.commented' : 'content.posted', units: { chars, photos: draft.files } };
}

function fieldKey(el: Element): unknown {
  return el.getAttribute('name') || el.id || el.getAttribute('aria-label') || el.getAttribute('placeholder') || el;
}

function typedLength(event: InputEvent): number {
  const type = event.inputType || 'insertText';
  if (type === 'insertFromPaste' || !type.startsWith('insert')) return 0; // pastes are counted from the paste itself
  if (event.data) return event.data.length;
  return type === 'insertParagraph' || type === 'insertLineBreak' ? 1 : 0;
}

function address(win: Window): string {
  return win.location.pathname + win.location.search;
}

/** Watches the composers `site` describes; what they send is recorded once the site has taken it. */
export function watchComposers(ctx: DetectorContext, site: ComposerSite): () => void {
  const drafts = new Map<Element, Draft>();
  const pending = new Map<Element, Pending>();
  const hookedFrames = new WeakSet<Document>();
  let timer: number | undefined;

  const draftFor = (composer: Element): Draft => {
    let draft = drafts.get(composer);
    if (!draft) {
      draft = { clock: ctx.newClock(), worked: false, typed: 0, files: 0, fields: new Set() };
      drafts.set(composer, draft);
      claim(composer);
      countCharacters();
    }
    return draft;
  };

  const complete = (composer: Element) => {
    const done = pending.get(composer);
    if (!done) return;
    pending.delete(composer);
    drafts.delete(composer);
    release(composer);
    ctx.record({ ...done.sent, clock: done.draft.clock });
  };

  const cleared = (composer: Element, sent: Pending) =>
    !composer.isConnected ||
    address(ctx.window) !== sent.address ||
    (sent.fields.length > 0 && sent.fields.every((field) => !field.isConnected)) ||
    (sent.written > 0 && totalLength(sent.fields) === 0);
  const taken = (composer: Element, isCleared: boolean) => site.accepted?.(composer, isCleared) ?? isCleared;

  const check = () => {
    const now = performance.now();
    for (const [composer, sent] of pending) {
      if (taken(composer, cleared(composer, sent))) complete(composer);
      else if (now > sent.until) pending.delete(composer); // refused, or never answered: the draft goes on
    }
    if (pending.size === 0 && timer !== undefined) {
      ctx.window.clearInterval(timer);
      timer = undefined;
    }
  };

  /** A second send before the site answers (a click, then its form's submit) measures again, unless the text is gone already. */
  const send = (composer: Element, event: Event) => {
    const draft = drafts.get(composer);
    if (!draft?.worked || !hasUserActivation(ctx.window)) return;
    draft.clock.input(event.timeStamp);
    const sent = site.measure(composer, draft);
    if (!sent) return;
    const fields = textFields(composer);
    pending.set(composer, {
      sent,
      draft,
      address: address(ctx.window),
      fields,
      written: totalLength(fields),
      until: performance.now() + CONFIRMATION_TIMEOUT_MS,
    });
    timer ??= ctx.window.setInterval(check, CONFIRMATION_POLL_MS);
  };

  const onActivity = (composer: Element, el: Element, event: Event, inFrame = false) => {
    const isWork = site.isWork?.(el) === true;
    const editable = inFrame || isWork || el.closest(EDITABLE_SELECTOR) !== null || frameBody(el)?.isContentEditable;
    if (!drafts.has(composer) && !editable) return;
    const draft = draftFor(composer);
    draft.clock.input(event.timeStamp);
    if (CHANGE_EVENTS.has(event.type) || (isWork && event.type === 'pointerdown')) draft.worked = true;
    switch (event.type) {
      case 'input':
        pending.delete(composer); // writing again after a send: the site did not take it
        draft.typed += typedLength(event as InputEvent);
        if (el.matches(FORM_CONTROL_SELECTOR)) draft.fields.add(fieldKey(el));
        break;
      case 'change':
        if (el instanceof HTMLInputElement && el.type === 'file') draft.files += el.files?.length ?? 0;
        else if (el.matches(FORM_CONTROL_SELECTOR)) draft.fields.add(fieldKey(el));
        break;
      case 'paste': {
        const data = (event as ClipboardEvent).clipboardData;
        draft.typed += data?.getData('text/plain').length ?? 0;
        draft.files += data?.files.length ?? 0;
        break;
      }
      case 'drop':
        draft.files += (event as DragEvent).dataTransfer?.files.length ?? 0;
        break;
      case 'keydown':
        if (site.sendsOnKey?.(event as KeyboardEvent, el, composer)) send(composer, event);
        break;
      case 'focusin':
      case 'pointerdown':
        hookFrames(composer);
        break;
    }
  };

  const hookFrames = (composer: Element) => {
    for (const frame of composer.querySelectorAll('iframe')) {
      const doc = frameBody(frame)?.ownerDocument;
      if (!doc || hookedFrames.has(doc)) continue;
      hookedFrames.add(doc);
      for (const type of FRAME_EVENTS) {
        ctx.onTrusted(
          doc,
          type,
          (event) => {
            const el = isElement(event.target) ? event.target : doc.body;
            if (composer.isConnected) onActivity(composer, el, event, true);
          },
          { capture: true, passive: true, everyCharacter: type === 'input' },
        );
      }
    }
  };

  const onPageActivity = (event: Event) => {
    const el = eventElement(event);
    const composer = el && site.composerOf(el);
    if (el && composer) onActivity(composer, el, event);
  };
  for (const type of ACTIVITY_EVENTS)
    ctx.onTrusted(ctx.document, type, onPageActivity, { capture: true, passive: true });
  /**
   * Characters are counted from every input event, each one a switch into the extension's
   * world: on a page where the person never works in a composer (most pages, for a detector
   * that runs on any forum), typing elsewhere passes them by.
   */
  let counting = false;
  function countCharacters(): void {
    if (counting) return;
    counting = true;
    ctx.onTrusted(ctx.document, 'input', onPageActivity, { capture: true, passive: true, everyCharacter: true });
  }
  ctx.onTrusted(
    ctx.document,
    'click',
    (event) => {
      const target = eventElement(event);
      const button = target && closestAcross(target, BUTTON_SELECTOR);
      const composer = button && site.composerOf(button);
      if (button && composer && site.isSendButton(button, composer)) send(composer, event);
    },
    { capture: true },
  );
  ctx.onTrusted(
    ctx.document,
    'submit',
    (event) => {
      const form = eventElement(event);
      const composer = form && site.composerOf(form);
      if (form && composer && site.isSendButton(event.submitter ?? form, composer)) send(composer, event);
    },
    { capture: true },
  );
  /** Watches the editor's frame the person is in, if any. */
  const hookActiveFrame = () => {
    const active = ctx.document.activeElement;
    const activeComposer = active && frameBody(active) ? site.composerOf(active) : null;
    if (activeComposer) hookFrames(activeComposer);
  };
  // The person may already be in an editor's frame, or move into one later: that reaches this
  // document by one sign only, the window losing the focus (Firefox names the frame only after).
  hookActiveFrame();
  ctx.window.addEventListener(
    'blur',
    (event) => {
      if (event.isTrusted && event.target === ctx.window) setTimeout(hookActiveFrame, 0);
    },
    { signal: ctx.signal },
  );
  // The page leaving right after a send is the server taking it (a form posted the usual way).
  const leaving = (event: Event) => {
    if (!event.isTrusted) return;
    for (const composer of [...pending.keys()]) if (taken(composer, true)) complete(composer);
  };
  ctx.window.addEventListener('beforeunload', leaving, { signal: ctx.signal });
  ctx.window.addEventListener('pagehide', leaving, { signal: ctx.signal });

  return () => {
    if (timer !== undefined) ctx.window.clearInterval(timer);
    for (const composer of drafts.keys()) release(composer);
  };
}
