import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import linkedin from '@/lib/detectors/linkedin';
import { pageWrites, personWrites, sendsWithScript, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const commentEditor = () => $('.comments-comment-box .ql-editor');
const shareEditor = () => $('.share-box .ql-editor');

describe('linkedin detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://www.linkedin.com/feed/'));

  it('records a comment and a post, each once LinkedIn has taken it', async () => {
    loadFixture('sites/www.linkedin.com/feed/index.html');
    sendsWithScript();
    ctx = await startDetectors([linkedin]);
    personWrites.write(commentEditor(), 'Happy to help on Saturdays.');
    person.click($('.comments-comment-box__submit-button--cr'));
    commentEditor().innerHTML = '<p><br></p>';
    personWrites.write(shareEditor(), 'We fixed 40 kettles this month.');
    person.click($('.share-actions__primary-action'));
    $('.share-box').remove();
    await settle();
    expect((await outbox()).map((e) => [e.event.kind, e.event.detector, e.event.units]).sort()).toEqual([
      ['content.commented', 'linkedin', { chars: 27 }],
      ['content.posted', 'linkedin', { chars: 31 }],
    ]);
  });

  it('records nothing for a post left in the dialog, or a comment a page script makes up', async () => {
    loadFixture('sites/www.linkedin.com/feed/index.html');
    sendsWithScript();
    ctx = await startDetectors([linkedin]);
    personWrites.write(shareEditor(), 'Thinking about it');
    pageWrites.write(commentEditor(), 'Great post!');
    person.click($('.comments-comment-box__submit-button--cr'));
    commentEditor().innerHTML = '<p><br></p>';
    await settle();
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });
});
