import { ANSWER_CONTROL_SELECTOR, questionsIn, writtenIn } from './shared/questions';
import { describeBlock, rememberedFor } from './shared/regions';
import { onInputs, onSends, type Session, sessionsOf } from './shared/sessions';
import { stepOf } from './shared/steps';
import { wordsPattern } from './shared/text';
import { defineDetector } from './types';

/**
 * Bug and abuse reports on any site: a dialog or form titled "Report…", "Signaler…",
 * "…melden", "Denunciar…", "Report a problem", "Report a bug", where the person picks a
 * reason and/or describes the problem, then sends it. Report flows in several panes of one
 * dialog ("Next", then "Report") add up their answers and are recorded when sent. Answers
 * are the questions answered; characters, the length of the description.
 */
const REPORT_TITLE = wordsPattern(
  [
    'report',
    'report abuse',
    'report a problem',
    'report a bug',
    'report an issue',
    'flag',
    'signaler',
    'signalement',
    'melden',
    'meldung',
    'denunciar',
    'reportar',
    'informar de un problema',
    'segnala',
    'segnalare',
    'bug report',
  ],
  ['melden'],
);
/** Dialogs about reports that are not reports of a problem: exporting or scheduling a report. */
const NOT_REPORT_TITLE = wordsPattern([
  'export',
  'download',
  'generate',
  'schedule',
  'print',
  'filter',
  'filters',
  'search',
  'exporter',
  'telecharger',
  'rechercher',
  'suche',
  'buscar',
]);
const REPORT_REGION_SELECTOR = 'dialog, [role="dialog"], [role="alertdialog"], form';
/** A report dialog is small; a form around a whole page (ASP.NET's) is not one, whatever its headings say. */
const MAX_REPORT_TEXT = 3000;

interface ReportSession extends Session {
  counted: WeakSet<Element>;
  answers: number;
}

/** What a dialog or form around a control is: a report, a block too big to be one, or neither. */
type RegionKind = 'report' | 'too big' | 'other';

function kindOf(node: Element): RegionKind {
  if ((node.textContent?.length ?? 0) > MAX_REPORT_TEXT) return 'too big';
  const title = describeBlock(node);
  const isReport =
    REPORT_TITLE.test(title) && !NOT_REPORT_TITLE.test(title) && !node.querySelector('input[type="password"]');
  return isReport ? 'report' : 'other';
}

/**
 * The report an element is in, if any: the outermost dialog or form titled as a report, which
 * outlives its panes. `kind` judges each dialog or form on the way up.
 */
function reportOf(el: Element, kind: (node: Element) => RegionKind = kindOf): Element | null {
  if (el.closest('[role="search"]')) return null;
  let report: Element | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (!node.matches(REPORT_REGION_SELECTOR)) continue;
    const judged = kind(node);
    if (judged === 'too big') break;
    if (judged === 'report') report = node;
  }
  return report;
}

export default defineDetector({
  id: 'report-form',
  category: 'feedback',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  start(ctx) {
    const sessions = sessionsOf<ReportSession>(ctx, () => ({ counted: new WeakSet(), answers: 0 }));

    /** Answers of the pane on screen, each question once however often the person goes back and forth. */
    const countPane = (report: Element, session: ReportSession) => {
      for (const question of questionsIn(report)) {
        if (question.answered() && !session.counted.has(question.anchor)) {
          session.counted.add(question.anchor);
          session.answers += 1;
        }
      }
    };

    const send = (report: Element, event: Event) => {
      const session = sessions.get(report);
      if (!session) return;
      countPane(report, session);
      if (session.answers === 0) return;
      session.clock.input(event.timeStamp);
      sessions.end(report);
      ctx.record({
        kind: 'feedback.reported',
        units: { answers: session.answers, chars: writtenIn(report) },
        clock: session.clock,
      });
    };

    // While the person answers, each dialog or form is judged once for all its fields.
    const kindWhileAnswering = rememberedFor(kindOf);
    const reportWhileAnswering = rememberedFor((target, at) => {
      const control = target.closest(ANSWER_CONTROL_SELECTOR);
      return control ? reportOf(control, (node) => kindWhileAnswering(node, at)) : null;
    });
    onInputs(ctx, (event) => {
      const report = event.target instanceof Element ? reportWhileAnswering(event.target, event.timeStamp) : null;
      if (report) sessions.touch(report, event);
    });
    onSends(ctx, {
      form(form, event) {
        const report = reportOf(form);
        if (report) send(report, event);
      },
      button(button, event) {
        const report = reportOf(button);
        const session = report ? sessions.get(report) : undefined;
        if (!report || !session) return;
        const step = stepOf(button);
        if (step === 'next') countPane(report, session);
        if (step === 'finish') send(report, event);
      },
    });

    return () => sessions.clear();
  },
});

// Made for: report dialogs of videos, posts and listings (www.youtube.com "Report video",
// www.reddit.com "Report", www.leboncoin.fr "Signaler l'annonce", www.vinted.fr "Melden"),
// "Report a problem" and "Report a bug" forms of apps and help centres.
