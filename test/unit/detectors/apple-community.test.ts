import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import appleCommunity from '@/lib/detectors/apple-community';
import { pageWrites, personWrites, sendsWithScript, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const editor = () => $('.reply-form [role="textbox"]');
const submit = () => $('.reply-form [type="submit"]');

describe('apple-community detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://discussions.apple.com/thread/255528581'));

  it('records a reply once the reply box empties', async () => {
    loadFixture('sites/discussions.apple.com/thread/255528581.html');
    sendsWithScript();
    ctx = await startDetectors([appleCommunity]);
    personWrites.write(editor(), 'Reset Bluetooth in Control Centre.');
    person.click(submit());
    editor().textContent = '';
    await settle();
    expect((await outbox()).map((e) => e.event)).toMatchObject([
      { kind: 'support.answered', detector: 'apple-community', host: 'discussions.apple.com', units: { chars: 34 } },
    ]);
  });

  it('records nothing for a cancelled reply, nor an abandoned one', async () => {
    loadFixture('sites/discussions.apple.com/thread/255528581.html');
    sendsWithScript();
    ctx = await startDetectors([appleCommunity]);
    personWrites.write(editor(), 'Never mind');
    person.click($('.reply-form-actions .button-secondary')); // Cancel
    editor().textContent = '';
    await settle();
    personWrites.write(editor(), 'A draft');
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing a page script makes up', async () => {
    loadFixture('sites/discussions.apple.com/thread/255528581.html');
    sendsWithScript();
    ctx = await startDetectors([appleCommunity]);
    pageWrites.write(editor(), 'Fake reply');
    person.click(submit());
    editor().textContent = '';
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
