import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import reviewForm from '@/lib/detectors/review-form';
import surveyForm from '@/lib/detectors/survey-form';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { serveFlows, settle, visit } from '../support/site';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** The person sends a form with one of its buttons (the browser names it the submitter). */
function sendWith(button: HTMLButtonElement, trusted = true): void {
  const event = new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: button });
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  button.form?.dispatchEvent(event);
}

describe('survey-form detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  describe('a LimeSurvey survey over two pages (sites/demo.limesurvey.org)', () => {
    const answerFirstPage = () => {
      person.check($('#answer512846X1X12A1'));
      person.check($('#answer512846X1X13SQ001-4'));
      person.check($('#answer512846X1X13SQ002-5'));
    };

    it('carries the answers of page 1 to page 2 and records the survey once, when it is submitted', async () => {
      const flows = serveFlows();
      visit('https://demo.limesurvey.org/index.php/512846');
      loadFixture('sites/demo.limesurvey.org/index.php/512846/index.html');
      ctx = await startDetectors([surveyForm]);
      answerFirstPage();
      await settle();
      sendWith($('#ls-button-submit'));
      await settle();
      expect(await outbox()).toEqual([]);
      expect((await flows.progress('survey-form'))?.units).toEqual({ answers: 3 });
      ctx.abort();

      visit('https://demo.limesurvey.org/index.php/512846/page-2');
      loadFixture('sites/demo.limesurvey.org/index.php/512846/page-2.html');
      ctx = await startDetectors([surveyForm]);
      person.check($('#answer512846X2X14-9'));
      person.type($('#answer512846X2X15'), 'More parking');
      await settle();
      sendWith($('#ls-button-submit'));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({
        kind: 'feedback.survey_completed',
        category: 'feedback',
        detector: 'survey-form',
        host: 'demo.limesurvey.org',
        units: { answers: 5 },
      });
      expect(await flows.progress('survey-form')).toBeNull();
      expect(JSON.stringify(entries)).not.toContain('parking');
    });

    it('records nothing for a survey left after its first page, or answered and not sent', async () => {
      const flows = serveFlows();
      loadFixture('sites/demo.limesurvey.org/index.php/512846/index.html');
      ctx = await startDetectors([surveyForm]);
      answerFirstPage();
      await settle();
      sendWith($('#ls-button-submit'));
      ctx.abort();
      loadFixture('sites/demo.limesurvey.org/index.php/512846/page-2.html');
      ctx = await startDetectors([surveyForm]);
      person.check($('#answer512846X2X14-3'));
      ctx.abort();
      expect(await outbox()).toEqual([]);
      expect((await flows.progress('survey-form'))?.units).toEqual({ answers: 3 });
    });

    it('records nothing from answers and sends a page script makes up', async () => {
      serveFlows();
      loadFixture('sites/demo.limesurvey.org/index.php/512846/page-2.html');
      ctx = await startDetectors([surveyForm]);
      pageScript.check($('#answer512846X2X14-10'));
      pageScript.type($('#answer512846X2X15'), 'Perfect!');
      sendWith($('#ls-button-submit'), false);
      sendWith($('#ls-button-submit')); // a real send of answers the person never gave
      expect(await outbox()).toEqual([]);
    });
  });

  it('records a German satisfaction survey sent from a single page', async () => {
    serveFlows();
    document.body.innerHTML = `
      <form id="umfrage" action="/kundenzufriedenheit">
        <h2>Ihre Meinung zählt</h2>
        <fieldset><legend>Wie zufrieden waren Sie mit der Lieferung?</legend>
          <label><input type="radio" name="lieferung" value="1"> Sehr unzufrieden</label>
          <label><input type="radio" name="lieferung" value="5" id="sehr"> Sehr zufrieden</label></fieldset>
        <label for="k">Kommentar</label><textarea id="k" name="kommentar"></textarea>
        <button type="submit" id="senden">Absenden</button>
      </form>`;
    ctx = await startDetectors([surveyForm]);
    person.check($('#sehr'));
    await settle();
    sendWith($('#senden'));
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ answers: 1 }]);
  });

  it('leaves checkouts, sign-ups and searches alone', async () => {
    serveFlows();
    document.body.innerHTML = `
      <form id="checkout"><h2>Delivery</h2>
        <input type="radio" name="shipping" id="standard"><label for="standard">Standard</label>
        <input type="radio" name="shipping"><label>Express</label>
        <input name="address" autocomplete="street-address" id="addr">
        <input type="radio" name="payment" id="card"><label for="card">Card</label>
        <button type="submit" id="pay">Continue to payment</button></form>`;
    ctx = await startDetectors([surveyForm]);
    person.check($('#standard'));
    person.check($('#card'));
    person.type($('#addr'), '1 rue de la Paix');
    sendWith($('#pay'));
    expect(await outbox()).toEqual([]);
  });

  it('does not take a product review for a survey, nor a survey for a review', async () => {
    serveFlows();
    loadFixture('demo/review-form.html');
    ctx = await startDetectors([surveyForm, reviewForm]);
    person.check($('#star4'));
    person.type($('#review-body'), 'Quiet enough.');
    person.submit($('#review-form'));
    expect((await outbox()).map((e) => e.event.detector)).toEqual(['review-form']);
    ctx.abort();

    document.body.innerHTML = `
      <form id="f" class="satisfaction-survey"><h2>How was your stay?</h2>
        <fieldset><legend>Overall rating</legend>${[1, 2, 3, 4, 5].map((n) => `<input type="radio" name="rating" id="s${n}" value="${n}"><label for="s${n}">${n}</label>`).join('')}</fieldset>
        <textarea id="c" name="comments"></textarea><button type="submit" id="send">Send</button></form>`;
    ctx = await startDetectors([surveyForm, reviewForm]);
    person.check($('#s5'));
    person.type($('#c'), 'Lovely staff');
    await settle();
    sendWith($('#send'));
    expect((await outbox()).map((e) => e.event.detector)).toEqual(['review-form', 'survey-form']);
  });
});
