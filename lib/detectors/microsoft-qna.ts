import { replyBoxOf, textLength, watchComposers, written } from './shared/composer';
import { BUTTON_SELECTOR } from './shared/dom';
import { COMMENT_WORDS, namedLike, sendsReply } from './shared/send-words';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Answers and comments on Microsoft's help forums: Microsoft Q&A (learn.microsoft.com/
 * <locale>/answers/questions/<id>), where the Windows, Office and Surface forums of
 * Microsoft Community moved, and the threads left on answers.microsoft.com. The answer box
 * is sent with "Post your answer" ("Submit"…), a comment box with "Comment". Asking a
 * question (/answers/questions/ask) is not answering one.
 */
const SITES = ['*://learn.microsoft.com/*', '*://answers.microsoft.com/*'] as const;

const onSites = matchesSites(SITES);

const isSendButton = (button: Element) => sendsReply(button) || namedLike(button, COMMENT_WORDS);

function isQuestionPage(url: URL): boolean {
  if (url.hostname === 'answers.microsoft.com') return url.pathname.includes('/forum/');
  return /\/answers\/questions\/\d+/.test(url.pathname);
}

export default defineDetector({
  id: 'microsoft-qna',
  category: 'support',
  sites: SITES,
  matches: (url) => onSites(url) && isQuestionPage(url),
  start(ctx) {
    return watchComposers(ctx, {
      composerOf: (el) => replyBoxOf(el, isSendButton),
      isSendButton,
      measure(box) {
        const answers = [...box.querySelectorAll(BUTTON_SELECTOR)].some(sendsReply);
        return written(answers ? 'support.answered' : 'support.commented', textLength(box));
      },
    });
  },
});

// Made for: https://learn.microsoft.com/en-us/answers/questions/<id>/<slug> (answers and
// comments) and https://answers.microsoft.com/<locale>/<product>/forum/… (replies).
