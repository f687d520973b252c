import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import typeformSurvey from '@/lib/detectors/typeform-survey';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { serveFlows, settle, visit } from '../support/site';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** What Typeform's script does: the next question slides in, then the thank-you screen. */
const typeform = {
  nextQuestion() {
    $<HTMLElement>('#block-1').hidden = true;
    $<HTMLElement>('#block-2').hidden = false;
  },
  thankYou() {
    $('#root').replaceChildren($<HTMLTemplateElement>('#thank-you').content.cloneNode(true));
  },
};

describe('typeform-survey detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  it('records a form with one answer per question block when the thank-you screen shows', async () => {
    serveFlows();
    visit('https://form.typeform.com/to/Qx7TfbZp');
    loadFixture('sites/form.typeform.com/to/Qx7TfbZp.html');
    ctx = await startDetectors([typeformSurvey]);
    person.click($('[data-qa="choice"][data-qa-index="1"]'));
    typeform.nextQuestion();
    person.type($('textarea'), 'Leave it with the neighbour');
    await settle();
    person.click($('[data-qa^="submit-button"]'));
    typeform.thankYou();
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'feedback.survey_completed',
      category: 'feedback',
      detector: 'typeform-survey',
      units: { answers: 2 },
    });
  });

  it('records nothing for a form left before its end', async () => {
    serveFlows();
    visit('https://form.typeform.com/to/Qx7TfbZp');
    loadFixture('sites/form.typeform.com/to/Qx7TfbZp.html');
    ctx = await startDetectors([typeformSurvey]);
    person.click($('[data-qa="choice"]'));
    typeform.nextQuestion();
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing for choices a page script makes', async () => {
    serveFlows();
    visit('https://form.typeform.com/to/Qx7TfbZp');
    loadFixture('sites/form.typeform.com/to/Qx7TfbZp.html');
    ctx = await startDetectors([typeformSurvey]);
    pageScript.click($('[data-qa="choice"]'));
    typeform.nextQuestion();
    pageScript.type($('textarea'), 'Bot text');
    pageScript.click($('[data-qa^="submit-button"]'));
    typeform.thankYou();
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
