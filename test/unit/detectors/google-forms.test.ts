import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import googleForms from '@/lib/detectors/google-forms';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { serveFlows, settle, visit } from '../support/site';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const FORM = 'https://docs.google.com/forms/d/e/1FAIpQLSdNp5xEx4mpleFeedbackForm';

/** A click on one of Google Forms' ARIA toggles, and what the page's script does with it. */
function toggle(actor: typeof person, el: Element): void {
  actor.click(el);
  if (el.getAttribute('role') === 'radio') {
    for (const other of el.closest('[role="radiogroup"]')?.querySelectorAll('[role="radio"]') ?? []) {
      other.setAttribute('aria-checked', 'false');
    }
  }
  el.setAttribute('aria-checked', 'true');
}

describe('google-forms detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  const answerFirstSection = async () => {
    visit(`${FORM}/viewform`);
    loadFixture('sites/docs.google.com/forms/d/e/1FAIpQLSdNp5xEx4mpleFeedbackForm/viewform.html');
    ctx = await startDetectors([googleForms]);
    toggle(person, $('[role="radio"][data-value="4"]'));
    toggle(person, $('[role="checkbox"][aria-label="Morning"]'));
    toggle(person, $('[role="checkbox"][aria-label="Afternoon"]'));
    await settle();
    person.click($('[jsname="OCpkoe"]'));
    await settle();
    ctx.abort();
  };

  it('records a form of two sections once, on its confirmation page, with every answer', async () => {
    const flows = serveFlows();
    await answerFirstSection();
    expect((await flows.progress('google-forms'))?.units).toEqual({ answers: 2 });

    visit(`${FORM}/formResponse`);
    loadFixture('sites/docs.google.com/forms/d/e/1FAIpQLSdNp5xEx4mpleFeedbackForm/formResponse.html');
    const confirmation = $<HTMLTemplateElement>('#confirmation').content.cloneNode(true);
    ctx = await startDetectors([googleForms]);
    person.type($('#change'), 'Longer breaks');
    await settle();
    person.click($('[jsname="M2UYVd"]'));
    await settle();
    ctx.abort();
    expect(await outbox()).toEqual([]);

    visit(`${FORM}/formResponse`);
    document.body.replaceChildren(confirmation);
    ctx = await startDetectors([googleForms]);
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'feedback.survey_completed',
      category: 'feedback',
      detector: 'google-forms',
      host: 'docs.google.com',
      units: { answers: 3 },
    });
    expect(entries[0]?.event.activeMs).toBeGreaterThanOrEqual(0);
    expect(await flows.progress('google-forms')).toBeNull();
  });

  it('records nothing for a form left after its first section', async () => {
    serveFlows();
    await answerFirstSection();
    visit(`${FORM}/formResponse`);
    loadFixture('sites/docs.google.com/forms/d/e/1FAIpQLSdNp5xEx4mpleFeedbackForm/formResponse.html');
    ctx = await startDetectors([googleForms]);
    person.type($('#change'), 'Never mind');
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing for answers a page script gives, even when the confirmation follows', async () => {
    serveFlows();
    visit(`${FORM}/viewform`);
    loadFixture('sites/docs.google.com/forms/d/e/1FAIpQLSdNp5xEx4mpleFeedbackForm/viewform.html');
    ctx = await startDetectors([googleForms]);
    toggle(pageScript, $('[role="radio"][data-value="5"]'));
    pageScript.click($('[jsname="OCpkoe"]'));
    await settle();
    ctx.abort();
    visit(`${FORM}/formResponse`);
    document.body.innerHTML = `<div class="vHW8K">Your response has been recorded.</div><a href="${FORM}/viewform?usp=form_confirm">Submit another response</a>`;
    ctx = await startDetectors([googleForms]);
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
