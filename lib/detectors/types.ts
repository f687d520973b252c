import type { ActivityClock } from '../activity-clock';
import type { CategoryId } from '../categories';
import type { Units } from '../event';

/** What a task spanning several pages (a checkout, a booking) has done so far. */
export interface FlowProgress {
  /** Wall-clock time of the task's first input. */
  startedAt: number;
  activeMs: number;
  units: Units;
}

/** What a detector reports when the person completes a piece of work. */
export interface CompletedWork {
  /** e.g. "review.posted"; the first part names the work, the rest what happened. */
  kind: string;
  units: Units;
  /** The clock that measured the task on this page; one that never started means nothing was done here. */
  clock: ActivityClock;
  /** What the task did on earlier pages (`flow.resume()`): its time is added to this page's. */
  carried?: FlowProgress | null;
  /** Host of a third-party widget that took the work (a CAPTCHA frame); decides the beneficiary. */
  via?: string;
  /**
   * Host of the page that embedded the widget's frame, as the widget's own address states it
   * (reCAPTCHA's `co`, hCaptcha's `host`): the site where the browser does not tell a frame
   * its ancestors. Only a hint: where the browser does, the top page's host wins.
   */
  embedder?: string;
}

/** What the content-script runtime gives a detector. Everything it attaches ends with `signal`. */
export interface DetectorContext {
  /**
   * The page's current address (single-page apps change it without reloading). The same
   * object while the address stays the same: comparing two is cheaper than reading `href`.
   */
  readonly url: URL;
  readonly window: Window;
  readonly document: Document;
  readonly signal: AbortSignal;
  /**
   * Listens for events the person really made: untrusted (scripted) events never reach the
   * handler. Listeners are passive and shared between detectors: a handler must not cancel events.
   * Of plain typing in one field, a key press and an input event reach it once per half second,
   * enough to time the work; `everyCharacter` asks for every one (to count what each wrote).
   */
  onTrusted<K extends keyof DocumentEventMap>(
    target: EventTarget,
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    options?: { capture?: boolean; passive?: boolean; everyCharacter?: boolean },
  ): void;
  /** A new activity clock with the person's idle gap, paused while the page is out of sight. */
  newClock(): ActivityClock;
  /** Reports completed work; sent at once, so it survives the page navigating away. */
  record(work: CompletedWork): void;
  /**
   * A task that goes on over several pages of the same site in the same tab. Progress is
   * kept by the background (session storage, never on disk) and forgotten when the browser
   * closes, when `end()` is called, or after two hours without news.
   */
  flow: {
    /** The progress this detector saved on an earlier page of this tab and site, if any. */
    resume(): Promise<FlowProgress | null>;
    /** Saves the progress so far: earlier pages' plus this page's. */
    save(progress: FlowProgress): void;
    /**
     * Adds a part of the task done in this frame to what is saved, for another frame of the
     * same tab to carry (a CAPTCHA's challenge frame, whose pass its checkbox frame sees).
     * Parts are added in the order they are sent, and before any later `resume()`.
     */
    add(part: FlowProgress): void;
    end(): void;
  };
}

/**
 * One detector per file in lib/detectors/, all of this shape. `matches` is the cheap test
 * run on every page; `start` runs only where it passes, attaches listeners through the
 * context, and returns a cleanup for anything the context does not own.
 */
export interface Detector {
  id: string;
  category: CategoryId;
  /**
   * Match patterns of the sites a named-site detector is made for. There the detectors load
   * with the page (a confirmation shown without any input still counts) and in every frame;
   * elsewhere they load on the person's first interaction. Absent for detectors of any site.
   */
  sites?: readonly string[];
  /**
   * Ids of detectors of any site that stay off wherever this one `matches`: a named-site
   * detector that sees a site's reviews better than the generic one owns them there, so
   * that the same action is never recorded twice.
   */
  supersedes?: readonly string[];
  matches(url: URL): boolean;
  start(context: DetectorContext): () => void;
}

export function defineDetector(detector: Detector): Detector {
  return detector;
}
