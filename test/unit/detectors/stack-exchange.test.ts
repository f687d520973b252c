import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import stackExchange from '@/lib/detectors/stack-exchange';
import { sendsWithScript, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const answer = () => $<HTMLTextAreaElement>('#wmd-input');
const postYourAnswer = () => $('#submit-button');
const ANSWER = 'Fill it with one part vinegar, two parts water.';

describe('stack-exchange detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://stackoverflow.com/questions/41149380/how-to-keep-a-kettle-from-scaling'));

  it('records an answer once the site has taken it', async () => {
    loadFixture('sites/stackoverflow.com/questions/41149380/how-to-keep-a-kettle-from-scaling.html');
    sendsWithScript();
    ctx = await startDetectors([stackExchange]);
    person.type(answer(), ANSWER);
    person.click(postYourAnswer());
    person.submit($('#post-form'));
    answer().value = ''; // the site shows the answer and empties the editor
    await settle();
    const entries = await outbox();
    expect(entries.map((e) => e.event)).toMatchObject([
      { kind: 'support.answered', detector: 'stack-exchange', host: 'stackoverflow.com', units: { chars: 47 } },
    ]);
    expect(JSON.stringify(entries)).not.toContain('vinegar');
  });

  it('counts an answer written in the rich-text editor once, not twice with its textarea', async () => {
    loadFixture('sites/stackoverflow.com/questions/41149380/how-to-keep-a-kettle-from-scaling.html');
    sendsWithScript();
    const rich = document.createElement('div');
    rich.setAttribute('contenteditable', 'true');
    rich.className = 'ProseMirror js-editor';
    $('.wmd-container').append(rich);
    ctx = await startDetectors([stackExchange]);
    person.type(answer(), ANSWER);
    rich.textContent = answer().value; // the editors keep each other in step
    person.click(postYourAnswer());
    answer().value = '';
    rich.textContent = '';
    await settle();
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ chars: 47 }]);
  });

  it('records nothing for an answer the site refuses, or one left unsent', async () => {
    loadFixture('sites/stackoverflow.com/questions/41149380/how-to-keep-a-kettle-from-scaling.html');
    sendsWithScript();
    ctx = await startDetectors([stackExchange]);
    person.type(answer(), 'Vinegar.');
    person.click(postYourAnswer()); // too short: the site keeps it in the editor
    await settle();
    person.type(answer(), ' And patience');
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing for a question, nor what a page script makes up', async () => {
    loadFixture('sites/stackoverflow.com/questions/41149380/how-to-keep-a-kettle-from-scaling.html');
    sendsWithScript();
    $('#post-form').setAttribute('action', '/questions/ask/submit');
    ctx = await startDetectors([stackExchange]);
    person.type(answer(), 'How do I descale a kettle quickly?');
    person.click(postYourAnswer());
    answer().value = '';
    $('#post-form').setAttribute('action', '/questions/41149380/answer/submit');
    pageScript.type(answer(), ANSWER);
    pageScript.click(postYourAnswer());
    answer().value = '';
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
