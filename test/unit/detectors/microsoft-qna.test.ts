import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import microsoftQna from '@/lib/detectors/microsoft-qna';
import { sendsWithScript, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const QUESTION = 'https://learn.microsoft.com/en-us/answers/questions/2147483/outlook-keeps-asking-for-password';

describe('microsoft-qna detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit(QUESTION));

  it('records an answer and a comment, each once the site has taken it', async () => {
    loadFixture('sites/learn.microsoft.com/en-us/answers/questions/2147483/outlook-keeps-asking-for-password.html');
    sendsWithScript();
    ctx = await startDetectors([microsoftQna]);
    person.type($('#answer-body'), 'Remove the saved credentials in Credential Manager.');
    person.click($('#answer-form [type="submit"]'));
    $<HTMLTextAreaElement>('#answer-body').value = '';
    person.type($('#comment-text'), 'Which Outlook version?');
    person.click($('.comment-form [type="submit"]'));
    $<HTMLTextAreaElement>('#comment-text').value = '';
    await settle();
    expect((await outbox()).map((e) => [e.event.kind, e.event.units.chars]).sort()).toEqual([
      ['support.answered', 51],
      ['support.commented', 22],
    ]);
  });

  it('records nothing when asking a question, leaving a draft, or for a made-up answer', async () => {
    visit('https://learn.microsoft.com/en-us/answers/questions/ask');
    loadFixture('sites/learn.microsoft.com/en-us/answers/questions/2147483/outlook-keeps-asking-for-password.html');
    sendsWithScript();
    ctx = await startDetectors([microsoftQna]);
    person.type($('#answer-body'), 'My own question');
    person.click($('#answer-form [type="submit"]'));
    $<HTMLTextAreaElement>('#answer-body').value = '';
    ctx.abort();
    visit(QUESTION);
    ctx = await startDetectors([microsoftQna]);
    pageScript.type($('#answer-body'), 'Fake answer');
    person.click($('#answer-form [type="submit"]'));
    $<HTMLTextAreaElement>('#answer-body').value = '';
    person.type($('#comment-text'), 'Draft');
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
