import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import qualtricsSurvey from '@/lib/detectors/qualtrics-survey';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { serveFlows, settle, visit } from '../support/site';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const byId = <T extends Element>(id: string) => document.getElementById(id) as unknown as T;
const SURVEY = 'https://survey.qualtrics.com/jfe/form/SV_3xAMPLEfeedbk';

/** What Qualtrics' JavaScript form engine does after "Next": it draws the next page, or the end, in place. */
function drawInPlace(templateId: string, where: string): void {
  const template = $<HTMLTemplateElement>(`#${templateId}`);
  $(where).replaceChildren(template.content.cloneNode(true));
}

describe('qualtrics-survey detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  const answerFirstPage = (actor: typeof person) => {
    actor.check(byId('QR~QID1~1'));
    actor.check(byId('QR~QID2~1~3'));
    actor.check(byId('QR~QID2~2~4'));
  };

  it('records the survey at its end of survey message, a matrix row counting as an answer', async () => {
    const flows = serveFlows();
    visit(SURVEY);
    loadFixture('sites/survey.qualtrics.com/jfe/form/SV_3xAMPLEfeedbk.html');
    ctx = await startDetectors([qualtricsSurvey]);
    answerFirstPage(person);
    await settle();
    person.click($('#NextButton'));
    await settle();
    expect((await flows.progress('qualtrics-survey'))?.units).toEqual({ answers: 3 });

    drawInPlace('page-2', '#Questions');
    person.type(byId('QR~QID3'), 'The lift was slow');
    await settle();
    person.click($('#NextButton'));
    drawInPlace('end-of-survey', '#SkinContent');
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'feedback.survey_completed',
      detector: 'qualtrics-survey',
      host: 'survey.qualtrics.com',
      units: { answers: 4 },
    });
    expect(await flows.progress('qualtrics-survey')).toBeNull();
  });

  it('records the survey when the older engine shows the end on a page of its own', async () => {
    serveFlows();
    visit(SURVEY);
    loadFixture('sites/survey.qualtrics.com/jfe/form/SV_3xAMPLEfeedbk.html');
    ctx = await startDetectors([qualtricsSurvey]);
    answerFirstPage(person);
    await settle();
    person.click($('#NextButton'));
    await settle();
    ctx.abort();

    document.body.innerHTML = $<HTMLTemplateElement>('#end-of-survey').innerHTML;
    ctx = await startDetectors([qualtricsSurvey]);
    await settle();
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ answers: 3 }]);
  });

  it('records nothing for a survey left before its end', async () => {
    serveFlows();
    visit(SURVEY);
    loadFixture('sites/survey.qualtrics.com/jfe/form/SV_3xAMPLEfeedbk.html');
    ctx = await startDetectors([qualtricsSurvey]);
    answerFirstPage(person);
    await settle();
    person.click($('#NextButton'));
    drawInPlace('page-2', '#Questions');
    person.type(byId('QR~QID3'), 'Half way');
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing for answers a page script gives', async () => {
    serveFlows();
    visit(SURVEY);
    loadFixture('sites/survey.qualtrics.com/jfe/form/SV_3xAMPLEfeedbk.html');
    ctx = await startDetectors([qualtricsSurvey]);
    answerFirstPage(pageScript);
    pageScript.click($('#NextButton'));
    drawInPlace('end-of-survey', '#SkinContent');
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
