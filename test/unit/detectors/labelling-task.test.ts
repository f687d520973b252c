import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import labellingTask from '@/lib/detectors/labelling-task';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const submit = () => $<HTMLButtonElement>('[aria-label="submit"]');

function pressCtrlEnter(el: Element): void {
  const event = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

describe('labelling-task detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  it('records each task labelled and submitted in Label Studio, with the button or Ctrl+Enter', async () => {
    loadFixture('sites/labelstud.io/playground/index.html');
    ctx = await startDetectors([labellingTask]);
    person.check($('#choice-cat'));
    submit().disabled = false; // Label Studio enables Submit once something is labelled
    person.click(submit());
    person.check($('#choice-dog'));
    pressCtrlEnter(document.body);
    const entries = await outbox();
    expect(entries.map((e) => e.event.kind)).toEqual(['play.labelled', 'play.labelled']);
    expect(entries[0]?.event).toMatchObject({ category: 'play', detector: 'labelling-task', units: { tasks: 1 } });
  });

  it('records nothing for a skipped task, or a label chosen and left', async () => {
    loadFixture('sites/labelstud.io/playground/index.html');
    ctx = await startDetectors([labellingTask]);
    person.click($('[aria-label="skip-task"]'));
    person.check($('#choice-dog'));
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing the page labels and submits itself', async () => {
    loadFixture('sites/labelstud.io/playground/index.html');
    ctx = await startDetectors([labellingTask]);
    pageScript.check($('#choice-cat'));
    submit().disabled = false;
    pageScript.click(submit());
    person.click(submit()); // a real click on a label the person never chose
    expect(await outbox()).toEqual([]);
  });

  it('ignores a "submit" button outside a Label Studio editor', async () => {
    document.body.innerHTML =
      '<form><input type="checkbox" id="c"><button type="button" aria-label="submit">Send</button></form>';
    ctx = await startDetectors([labellingTask]);
    person.check($('#c'));
    person.click($('[aria-label="submit"]'));
    expect(await outbox()).toEqual([]);
  });
});
