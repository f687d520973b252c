import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import surveymonkeySurvey from '@/lib/detectors/surveymonkey-survey';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { serveFlows, settle, visit } from '../support/site';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const byId = <T extends Element>(id: string) => document.getElementById(id) as unknown as T;

describe('surveymonkey-survey detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  const answerFirstPage = async (actor: typeof person) => {
    visit('https://www.surveymonkey.com/r/SM7QX2L');
    loadFixture('sites/www.surveymonkey.com/r/SM7QX2L/index.html');
    ctx = await startDetectors([surveymonkeySurvey]);
    actor.check(byId('512093648_3402'));
    actor.check(byId('512093649_3501'));
    actor.check(byId('512093649_3503'));
    await settle();
    actor.click($('.next-button'));
    await settle();
    ctx.abort();
  };

  it('carries the pages to the thank-you page and records the survey there', async () => {
    const flows = serveFlows();
    await answerFirstPage(person);
    expect((await flows.progress('surveymonkey-survey'))?.units).toEqual({ answers: 2 });

    visit('https://www.surveymonkey.com/r/SM7QX2L/page-2');
    loadFixture('sites/www.surveymonkey.com/r/SM7QX2L/page-2.html');
    ctx = await startDetectors([surveymonkeySurvey]);
    person.type(byId('512093650'), 'Ring the bell');
    await settle();
    person.click($('.done-button'));
    await settle();
    ctx.abort();
    expect(await outbox()).toEqual([]);

    visit('https://www.surveymonkey.com/r/survey-thanks/?sm=Xb8hT2kFc');
    loadFixture('sites/www.surveymonkey.com/r/survey-thanks/index.html');
    ctx = await startDetectors([surveymonkeySurvey]);
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'feedback.survey_completed',
      detector: 'surveymonkey-survey',
      host: 'www.surveymonkey.com',
      units: { answers: 3 },
    });
  });

  it('records nothing for a survey left on its second page', async () => {
    serveFlows();
    await answerFirstPage(person);
    visit('https://www.surveymonkey.com/r/SM7QX2L/page-2');
    loadFixture('sites/www.surveymonkey.com/r/SM7QX2L/page-2.html');
    ctx = await startDetectors([surveymonkeySurvey]);
    person.type(byId('512093650'), 'Later');
    ctx.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing for answers and clicks a page script makes', async () => {
    serveFlows();
    await answerFirstPage(pageScript);
    visit('https://www.surveymonkey.com/r/survey-thanks/?sm=Xb8hT2kFc');
    loadFixture('sites/www.surveymonkey.com/r/survey-thanks/index.html');
    ctx = await startDetectors([surveymonkeySurvey]);
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
