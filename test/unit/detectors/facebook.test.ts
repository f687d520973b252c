import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import facebook from '@/lib/detectors/facebook';
import { pageWrites, personWrites, sendsWithScript, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const commentBox = () => $('form [role="textbox"]');

/** What Facebook does when the person opens the "Create post" dialog. */
function openCreatePost() {
  const template = $<HTMLTemplateElement>('#create-post');
  $('#composer-layer').append(template.content.cloneNode(true));
  return { dialog: $('[role="dialog"]'), editor: $('[role="dialog"] [role="textbox"]') };
}

describe('facebook detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://www.facebook.com/'));

  it('records a comment sent with Enter once the box empties', async () => {
    loadFixture('sites/www.facebook.com/index.html');
    sendsWithScript();
    ctx = await startDetectors([facebook]);
    personWrites.write(commentBox(), 'I will bring my toaster!');
    personWrites.press(commentBox(), 'Enter');
    commentBox().innerHTML = '<p><br></p>';
    await settle();
    expect((await outbox()).map((e) => e.event)).toMatchObject([
      { kind: 'content.commented', detector: 'facebook', host: 'www.facebook.com', units: { chars: 24 } },
    ]);
  });

  it('records a post from the "Create post" dialog once it closes, not on "Add to your post"', async () => {
    loadFixture('sites/www.facebook.com/index.html');
    ctx = await startDetectors([facebook]);
    const { dialog, editor } = openCreatePost();
    personWrites.write(editor, 'Repair café on Saturday');
    person.click($('[aria-label="Add to your post"]'));
    personWrites.choose($('[role="dialog"] input[type="file"]'), 3);
    await settle();
    expect(await outbox()).toEqual([]);
    person.click($('[role="dialog"] [aria-label="Post"]'));
    dialog.remove();
    await settle();
    expect((await outbox()).map((e) => [e.event.kind, e.event.units])).toEqual([
      ['content.posted', { chars: 23, photos: 3 }],
    ]);
  });

  it('records nothing for Shift + Enter, an abandoned comment, or one a page script makes up', async () => {
    loadFixture('sites/www.facebook.com/index.html');
    sendsWithScript();
    ctx = await startDetectors([facebook]);
    personWrites.write(commentBox(), 'first line');
    personWrites.press(commentBox(), 'Enter', { shiftKey: true });
    await settle();
    ctx.abort();
    loadFixture('sites/www.facebook.com/index.html');
    ctx = await startDetectors([facebook]);
    pageWrites.write(commentBox(), 'Fake comment');
    person.click($('form [aria-label="Comment"]'));
    commentBox().innerHTML = '<p><br></p>';
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
