import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import discourse from '@/lib/detectors/discourse';
import { loadHead, personWrites, settle, visit } from '../support/composer';
import { beforeDetectorsStart, outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const FIXTURE = 'sites/meta.discourse.org/t/sync-stops-after-update/1234.html';
const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const composer = () => $('#reply-control');
const editor = () => $<HTMLTextAreaElement>('#reply-control .d-editor-input');
const replyButton = () => $('#reply-control .save-or-cancel .create');

/** What Discourse does with the composer: opens it for a reply, saves, closes or reopens it. */
const site = {
  open: (action = 'reply') => composer().setAttribute('class', `open composer-action-${action}`),
  saved() {
    editor().value = '';
    composer().setAttribute('class', 'closed');
  },
  refused: () => composer().setAttribute('class', 'open composer-action-reply'),
};

describe('discourse detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://meta.discourse.org/t/sync-stops-after-update/1234'));

  it('records a reply once the composer closes after the person sent it', async () => {
    loadFixture('sites/meta.discourse.org/t/sync-stops-after-update/1234.html');
    loadHead(FIXTURE);
    ctx = await startDetectors([discourse]);
    site.open();
    person.type(editor(), 'Turn off battery saving for the app.');
    person.click(replyButton());
    composer().setAttribute('class', 'saving composer-action-reply');
    await settle();
    expect(await outbox()).toEqual([]); // still saving
    site.saved();
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'support.answered',
      category: 'support',
      detector: 'discourse',
      host: 'meta.discourse.org',
      units: { chars: 36 },
    });
    expect(JSON.stringify(entries)).not.toContain('battery');
  });

  it('sends with Ctrl + Enter as well', async () => {
    loadFixture('sites/meta.discourse.org/t/sync-stops-after-update/1234.html');
    loadHead(FIXTURE);
    ctx = await startDetectors([discourse]);
    site.open();
    person.type(editor(), 'Reinstall it.');
    personWrites.press(editor(), 'Enter', { ctrlKey: true });
    site.saved();
    await settle();
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ chars: 13 }]);
  });

  it('records a reply begun before the detectors started (they replay what the person typed)', async () => {
    loadFixture('sites/meta.discourse.org/t/sync-stops-after-update/1234.html');
    loadHead(FIXTURE);
    site.open();
    beforeDetectorsStart(() => person.type(editor(), 'Clear the cache.'));
    ctx = await startDetectors([discourse]);
    person.click(replyButton());
    site.saved();
    await settle();
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ chars: 16 }]);
  });

  it('records nothing when the reply is refused, abandoned, or not a reply', async () => {
    loadFixture('sites/meta.discourse.org/t/sync-stops-after-update/1234.html');
    loadHead(FIXTURE);
    ctx = await startDetectors([discourse]);
    site.open();
    person.type(editor(), 'Too short');
    person.click(replyButton());
    site.refused(); // the composer reopens with the text
    await settle();
    site.open('createTopic'); // asking a question is not answering one
    person.type(editor(), ' and a new topic');
    person.click(replyButton());
    site.saved();
    await settle();
    site.open();
    person.type(editor(), 'A draft left behind');
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing a page script makes up', async () => {
    loadFixture('sites/meta.discourse.org/t/sync-stops-after-update/1234.html');
    loadHead(FIXTURE);
    ctx = await startDetectors([discourse]);
    site.open();
    pageScript.type(editor(), 'Fake answer typed by the page');
    pageScript.click(replyButton());
    person.click(replyButton()); // a real click on a reply the person never wrote
    site.saved();
    await settle();
    expect(await outbox()).toEqual([]);
  });

  it('stays asleep on pages that are not Discourse', async () => {
    loadFixture('sites/meta.discourse.org/t/sync-stops-after-update/1234.html');
    document.head.innerHTML = '<meta name="generator" content="WordPress 6.5">';
    ctx = await startDetectors([discourse]);
    site.open();
    person.type(editor(), 'Looks like Discourse, is not');
    person.click(replyButton());
    site.saved();
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
