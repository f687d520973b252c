import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import youtubeComment from '@/lib/detectors/youtube-comment';
import { pageWrites, personWrites, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const editor = () => $('#contenteditable-root');

describe('youtube-comment detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://www.youtube.com/watch?v=dQw4w9WgXcQ'));

  it('records a comment once the comment box empties', async () => {
    loadFixture('sites/www.youtube.com/watch.html');
    ctx = await startDetectors([youtubeComment]);
    personWrites.write(editor(), 'Worked with lemon juice too.');
    person.click($('#submit-button button'));
    editor().textContent = '';
    await settle();
    expect((await outbox()).map((e) => e.event)).toMatchObject([
      { kind: 'content.commented', detector: 'youtube-comment', host: 'www.youtube.com', units: { chars: 28 } },
    ]);
  });

  it('records nothing for a cancelled comment, or one a page script makes up', async () => {
    loadFixture('sites/www.youtube.com/watch.html');
    ctx = await startDetectors([youtubeComment]);
    personWrites.write(editor(), 'Hmm');
    person.click($('#cancel-button button'));
    editor().textContent = '';
    await settle();
    ctx.abort();
    loadFixture('sites/www.youtube.com/watch.html');
    ctx = await startDetectors([youtubeComment]);
    pageWrites.write(editor(), 'First!');
    person.click($('#submit-button button'));
    editor().textContent = '';
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
