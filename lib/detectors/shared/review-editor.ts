import type { ActivityClock } from '../../activity-clock';
import { type CompletedWork, type Detector, type DetectorContext, defineDetector } from '../types';
import { buttonName, hasUserActivation, TEXT_FIELD_SELECTOR, writtenLength } from './dom';
import { matchesSites } from './sites';
import { chosenStars, starValue } from './stars';
import { NOT_SUBMIT_WORDS, SUBMIT_WORDS, wordsPattern } from './text';
import { closestAcross, eventElement } from './tree';

/**
 * How one site's review editor is built, as CSS selectors. The editor is the element that
 * holds one review being written: a form, a dialog, a widget's page in a frame.
 */
export interface ReviewEditorSite {
  editor: string;
  /** The star (or score) controls of the editor, in order: the first is one star. */
  stars: string;
  /** The button that sends the review (buttons named "Submit", "Publier", "Absenden"… count too). */
  submit: string;
  /** What the site shows once it has taken the review (a thank-you message). */
  thanks?: string;
  /** The fields whose characters count; textareas, rich-text editors and text inputs by default. */
  texts?: string;
}

const DEFAULT_TEXTS = `${TEXT_FIELD_SELECTOR}, input[type="text"]`;
/** A review is sent to the site and confirmed within this time, or it is not counted. */
const CONFIRMATION_TIMEOUT_MS = 60_000;
/** Buttons that close an editor without sending it: closing then is not a confirmation. */
const CLOSE_WORDS = wordsPattern([
  'close',
  'fermer',
  'schliessen',
  'cerrar',
  'chiudi',
  'discard',
  'verwerfen',
  'descartar',
]);
const INPUT_EVENTS = ['keydown', 'change', 'pointerdown', 'focusin', 'click'] as const;

interface Draft {
  clock: ActivityClock;
  /** The star last clicked, for widgets whose state only shows in their icons. */
  picked: number;
  /** Whether the person wrote or rated in it: a click on "Send" alone sends nothing of theirs. */
  authored: boolean;
  /** Stops waiting for the site's confirmation of a sent review. */
  stopWaiting?: () => void;
}

/**
 * The element matching `selector` that the event happened in, inside open shadow roots too.
 * Walked up from the event's element rather than read off `composedPath()`, which is empty for
 * an event the sentinel kept and replays once the detectors have started.
 */
function closestOnPath(event: Event, selector: string): Element | null {
  const el = eventElement(event);
  return el ? closestAcross(el, selector) : null;
}

function isShown(el: Element): boolean {
  if (!el.isConnected || el.closest('[hidden], [aria-hidden="true"]')) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

/**
 * Watches the review editors of a named site. Time counts from the person's inputs inside
 * an editor; stars come from the widget's ARIA state or, failing that, the star clicked;
 * characters from its text fields. A review counts once the person sent it (a trusted
 * click on the send button, or a trusted submit) and the site confirmed it: its thank-you
 * message appeared, the editor closed, or the page moved on, within a minute. An editor
 * abandoned, closed by the person, or refused by the site (it stays open with an error)
 * records nothing.
 */
export function watchReviewEditors(ctx: DetectorContext, site: ReviewEditorSite): () => void {
  const drafts = new Map<Element, Draft>();
  const texts = site.texts ?? DEFAULT_TEXTS;

  const draftOf = (editor: Element): Draft => {
    let draft = drafts.get(editor);
    if (!draft) {
      draft = { clock: ctx.newClock(), picked: 0, authored: false };
      drafts.set(editor, draft);
    }
    return draft;
  };

  const shownThanks = (): Element[] =>
    site.thanks ? [...ctx.document.querySelectorAll(site.thanks)].filter(isShown) : [];

  const waitForConfirmation = (editor: Element, draft: Draft, work: CompletedWork) => {
    draft.stopWaiting?.();
    const thanksBefore = new Set(shownThanks());
    const pathBefore = ctx.window.location.pathname;
    const editorWasShown = isShown(editor);
    const confirmed = () =>
      shownThanks().some((el) => !thanksBefore.has(el)) ||
      (editorWasShown && !isShown(editor)) ||
      ctx.window.location.pathname !== pathBefore;
    const observer = new MutationObserver(() => {
      if (!confirmed()) return;
      stop();
      drafts.delete(editor);
      ctx.record(work);
    });
    const timer = ctx.window.setTimeout(() => stop(), CONFIRMATION_TIMEOUT_MS);
    const stop = () => {
      observer.disconnect();
      ctx.window.clearTimeout(timer);
      ctx.signal.removeEventListener('abort', stop);
      draft.stopWaiting = undefined;
    };
    draft.stopWaiting = stop;
    ctx.signal.addEventListener('abort', stop);
    observer.observe(ctx.document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'aria-hidden', 'open'],
    });
  };

  const send = (editor: Element, event: Event) => {
    const draft = drafts.get(editor);
    if (!draft?.authored || !hasUserActivation(ctx.window)) return;
    draft.clock.input(event.timeStamp);
    const chars = [...editor.querySelectorAll(texts)].reduce((sum, field) => sum + writtenLength(field), 0);
    const stars = chosenStars([...editor.querySelectorAll(site.stars)]) || draft.picked;
    if (chars === 0 && stars === 0) return;
    waitForConfirmation(editor, draft, {
      kind: chars > 0 ? 'review.posted' : 'review.rated',
      units: stars > 0 ? { chars, stars } : { chars },
      clock: draft.clock,
    });
  };

  const onInput = (event: Event) => {
    const editor = closestOnPath(event, site.editor);
    if (!editor) return;
    const star = closestOnPath(event, site.stars);
    const onStar = star !== null && editor.contains(star);
    const inText = closestOnPath(event, texts) !== null;
    // Acting elsewhere on the page before rating or writing is not review work: no draft yet.
    const draft = onStar || inText ? draftOf(editor) : drafts.get(editor);
    if (!draft) return;
    draft.clock.input(event.timeStamp);
    const rated = onStar && event.type !== 'focusin';
    const wrote = inText && event.type === 'keydown';
    if (rated || wrote) draft.authored = true;
    if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Escape') draft.stopWaiting?.();
    if (event.type !== 'click') return;
    if (star && onStar) draft.picked = starValue(star, [...editor.querySelectorAll(site.stars)]);
    const button = closestOnPath(event, 'button, [role="button"], input[type="submit"], a');
    if (!button || star) return;
    const name = buttonName(button);
    if (button.matches(site.submit) || (SUBMIT_WORDS.test(name) && !NOT_SUBMIT_WORDS.test(name))) {
      send(editor, event);
    } else if (NOT_SUBMIT_WORDS.test(name) || CLOSE_WORDS.test(name)) {
      draft.stopWaiting?.();
    }
  };

  for (const type of INPUT_EVENTS) ctx.onTrusted(ctx.document, type, onInput, { capture: true, passive: true });
  ctx.onTrusted(
    ctx.document,
    'submit',
    (event) => {
      const editor = closestOnPath(event, site.editor);
      if (editor && !drafts.get(editor)?.stopWaiting) send(editor, event);
    },
    { capture: true },
  );

  return () => {
    for (const draft of drafts.values()) draft.stopWaiting?.();
    drafts.clear();
  };
}

/**
 * A named-site review detector: it loads with the site's pages, watches its review editors,
 * and keeps the generic `review-form` detector off there so that no review counts twice.
 */
export function defineReviewSite(id: string, sites: readonly string[], editor: ReviewEditorSite): Detector {
  return defineDetector({
    id,
    category: 'review',
    sites,
    supersedes: ['review-form'],
    matches: matchesSites(sites),
    start: (ctx) => watchReviewEditors(ctx, editor),
  });
}
