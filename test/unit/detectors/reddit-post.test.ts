import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import redditPost from '@/lib/detectors/reddit-post';
import { pageWrites, personWrites, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** Builds the shadow roots Reddit's components make (the fixture's script does it in a browser). */
function mountComponents() {
  const title = $('faceplate-textarea-input').attachShadow({ mode: 'open' });
  title.innerHTML = '<label>Title<textarea name="title"></textarea></label>';
  const buttons = $('#submit-post-button').attachShadow({ mode: 'open' });
  buttons.innerHTML =
    '<button id="inner-save-draft-button" type="button">Save Draft</button><button id="inner-post-submit-button" type="button">Post</button>';
  return {
    title: title.querySelector('textarea') as HTMLTextAreaElement,
    body: $('r-post-composer-form [role="textbox"]'),
    post: buttons.getElementById('inner-post-submit-button') as HTMLElement,
    saveDraft: buttons.getElementById('inner-save-draft-button') as HTMLElement,
  };
}

describe('reddit-post detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://www.reddit.com/r/techsupport/submit/'));

  it('records a post, its title and body, once Reddit moves on to it', async () => {
    loadFixture('sites/www.reddit.com/r/techsupport/submit/index.html');
    const composer = mountComponents();
    ctx = await startDetectors([redditPost]);
    person.type(composer.title, 'Kettle trips the breaker');
    personWrites.write(composer.body, 'Only when full.');
    person.click(composer.post);
    visit('https://www.reddit.com/r/techsupport/comments/9xyz/kettle_trips_the_breaker/');
    await settle();
    expect((await outbox()).map((e) => e.event)).toMatchObject([
      { kind: 'content.posted', category: 'content', detector: 'reddit-post', units: { chars: 39 } },
    ]);
  });

  it('records nothing for a saved draft, an abandoned post, or a made-up one', async () => {
    loadFixture('sites/www.reddit.com/r/techsupport/submit/index.html');
    const composer = mountComponents();
    ctx = await startDetectors([redditPost]);
    person.type(composer.title, 'Draft title');
    person.click(composer.saveDraft);
    await settle();
    ctx.abort();
    loadFixture('sites/www.reddit.com/r/techsupport/submit/index.html');
    const other = mountComponents();
    ctx = await startDetectors([redditPost]);
    pageWrites.write(other.body, 'Spam');
    person.click(other.post);
    visit('https://www.reddit.com/r/techsupport/');
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
