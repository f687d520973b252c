import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import redditComment from '@/lib/detectors/reddit-comment';
import { pageWrites, personWrites, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const editor = () => $('comment-composer-host [role="textbox"]');
const commentButton = () => $('[slot="submit-button"]');

describe('reddit-comment detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://www.reddit.com/r/techsupport/comments/1abc2de/wifi_drops_every_night/'));

  it('records a comment once the comment box empties', async () => {
    loadFixture('sites/www.reddit.com/r/techsupport/comments/1abc2de/wifi_drops_every_night/index.html');
    ctx = await startDetectors([redditComment]);
    personWrites.write(editor(), 'Check the DHCP lease time.');
    person.click(commentButton());
    editor().textContent = '';
    await settle();
    const entries = await outbox();
    expect(entries.map((e) => e.event)).toMatchObject([
      {
        kind: 'support.commented',
        category: 'support',
        detector: 'reddit-comment',
        host: 'www.reddit.com',
        units: { chars: 26 },
      },
    ]);
  });

  it("records a reply from old Reddit's form, not the edit of one's own comment", async () => {
    visit('https://old.reddit.com/r/techsupport/comments/1abc2de/wifi_drops_every_night/');
    document.body.innerHTML = `
      <div class="commentarea">
        <form class="usertext cloneable" id="reply"><div class="usertext-edit"><textarea name="text"></textarea></div>
          <div class="bottom-area"><button type="submit" class="save">save</button></div></form>
        <form class="usertext" id="edit"><div class="usertext-body"><div class="md"><p>my old comment</p></div></div>
          <div class="usertext-edit"><textarea name="text">my old comment</textarea></div>
          <div class="bottom-area"><button type="submit" class="save">save</button></div></form>
      </div>`;
    for (const form of document.querySelectorAll('form')) form.addEventListener('submit', (e) => e.preventDefault());
    ctx = await startDetectors([redditComment]);
    person.type($('#reply textarea'), 'Same here.');
    person.click($('#reply .save'));
    $<HTMLTextAreaElement>('#reply textarea').value = '';
    person.type($('#edit textarea'), ' (edited)');
    person.click($('#edit .save'));
    $<HTMLTextAreaElement>('#edit textarea').value = '';
    await settle();
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ chars: 10 }]);
  });

  it('records nothing for a comment left unsent, or one a page script makes up', async () => {
    loadFixture('sites/www.reddit.com/r/techsupport/comments/1abc2de/wifi_drops_every_night/index.html');
    ctx = await startDetectors([redditComment]);
    pageWrites.write(editor(), 'Buy my router');
    person.click(commentButton());
    editor().textContent = '';
    await settle();
    personWrites.write(editor(), 'Half a comment');
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });
});
