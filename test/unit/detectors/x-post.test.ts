import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import xPost from '@/lib/detectors/x-post';
import { pageWrites, personWrites, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const editor = () => $('[data-testid="tweetTextarea_0"]');
const postButton = () => $('[data-testid="tweetButtonInline"]');

describe('x-post detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://x.com/home'));

  it('records a post and the photos added once the composer empties', async () => {
    loadFixture('sites/x.com/home.html');
    ctx = await startDetectors([xPost]);
    personWrites.write(editor(), 'Descaled the kettle with citric acid.');
    personWrites.choose($('[data-testid="fileInput"]'), 2);
    person.click(postButton());
    editor().textContent = '';
    await settle();
    expect((await outbox()).map((e) => e.event)).toMatchObject([
      {
        kind: 'content.posted',
        category: 'content',
        detector: 'x-post',
        host: 'x.com',
        units: { chars: 37, photos: 2 },
      },
    ]);
  });

  it('records a reply, sent with Ctrl + Enter, as a comment', async () => {
    visit('https://x.com/repaircafe/status/1790000000000000000');
    loadFixture('sites/x.com/home.html');
    $('[data-testid="tweetButtonInline"] span').textContent = 'Reply'; // X names its button so under a post
    ctx = await startDetectors([xPost]);
    personWrites.write(editor(), 'See you there!');
    personWrites.press(editor(), 'Enter', { ctrlKey: true });
    editor().textContent = '';
    await settle();
    expect((await outbox()).map((e) => [e.event.kind, e.event.units])).toEqual([['content.commented', { chars: 14 }]]);
  });

  it('records nothing for a post that fails, a draft, or what a page script makes up', async () => {
    loadFixture('sites/x.com/home.html');
    ctx = await startDetectors([xPost]);
    personWrites.write(editor(), 'Something went wrong');
    person.click(postButton()); // X refuses it: the text stays
    await settle();
    ctx.abort();
    loadFixture('sites/x.com/home.html');
    ctx = await startDetectors([xPost]);
    pageWrites.write(editor(), 'Promoted nonsense');
    person.click(postButton());
    editor().textContent = '';
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
