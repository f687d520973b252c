import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import instagram from '@/lib/detectors/instagram';
import { pageWrites, personWrites, sendsWithScript, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const commentBox = () => $<HTMLTextAreaElement>('form textarea');
const button = (name: string) =>
  [...document.querySelectorAll('[role="button"]')].find((b) => b.textContent === name) as Element;

describe('instagram detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  it('records a comment sent with Post or Enter once the box empties', async () => {
    visit('https://www.instagram.com/p/C8xYz12AbCd/');
    loadFixture('sites/www.instagram.com/p/C8xYz12AbCd/index.html');
    sendsWithScript();
    ctx = await startDetectors([instagram]);
    person.type(commentBox(), 'Count me in');
    person.click(button('Post'));
    commentBox().value = '';
    await settle();
    person.type(commentBox(), 'Me too');
    personWrites.press(commentBox(), 'Enter');
    commentBox().value = '';
    await settle();
    expect((await outbox()).map((e) => [e.event.kind, e.event.detector, e.event.units])).toEqual([
      ['content.commented', 'instagram', { chars: 11 }],
      ['content.commented', 'instagram', { chars: 6 }],
    ]);
  });

  it('records a post shared from the "Create new post" dialog, with its photos', async () => {
    visit('https://www.instagram.com/create/');
    loadFixture('sites/www.instagram.com/create.html');
    ctx = await startDetectors([instagram]);
    personWrites.choose($('input[type="file"]'), 4);
    personWrites.write($('[role="textbox"]'), 'Before and after');
    person.click(button('Share'));
    $('[role="dialog"]').innerHTML = '<h1>Post shared</h1><p>Your post has been shared.</p>';
    await settle();
    expect((await outbox()).map((e) => [e.event.kind, e.event.units])).toEqual([
      ['content.posted', { chars: 16, photos: 4 }],
    ]);
  });

  it('records nothing for a post abandoned on "Back", or a comment a page script makes up', async () => {
    visit('https://www.instagram.com/create/');
    loadFixture('sites/www.instagram.com/create.html');
    ctx = await startDetectors([instagram]);
    personWrites.choose($('input[type="file"]'), 1);
    pageWrites.write($('[role="textbox"]'), 'caption');
    person.click(button('Back'));
    await settle();
    ctx.abort();
    visit('https://www.instagram.com/p/C8xYz12AbCd/');
    loadFixture('sites/www.instagram.com/p/C8xYz12AbCd/index.html');
    sendsWithScript();
    ctx = await startDetectors([instagram]);
    pageScript.type(commentBox(), 'Follow me');
    person.click(button('Post'));
    commentBox().value = '';
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
