import { beforeAll, describe, expect, it } from 'vitest';
import type { TestPage } from '../harness/driver.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';

type StoredEvent = Record<string, unknown> & { detector: string; kind: string; units: Record<string, number> };

/**
 * Referral, play and feedback work on fixtures served under the real host names, in both
 * browsers: each scenario does what a person does and checks what was stored.
 */
describe.each(BROWSERS)('in %s, referral, play and feedback work', (_name, launch) => {
  const env = useBrowser(launch);
  let page: TestPage;

  beforeAll(async () => {
    page = await env.driver.newPage();
  });

  const settle = (ms: number) => new Promise((done) => setTimeout(done, ms));

  /**
   * The events a detector has stored, once there are at least `count` of them. Each look
   * opens an extension page, so it looks once a second; a look that fails while the page is
   * still loading (Firefox's remote protocol can answer a null realm then) is simply retried.
   */
  const storedBy = async (detector: string, count: number): Promise<StoredEvent[]> => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const events = await env.driver.database().then(
        (db) => db.events as StoredEvent[],
        () => [],
      );
      const found = events.filter((e) => e.detector === detector);
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${count} event(s) of ${detector}`);
      await settle(1000);
    }
  };

  describe('referral', () => {
    it('records a referral link copied, invites sent and a link shared on a shop invite page', async () => {
      await page.goto('https://www.etsy.com/invites');
      await page.click('#copy-invite-link');
      const [copied] = await storedBy('referral-link', 1);
      expect(copied).toMatchObject({
        kind: 'referral.link_copied',
        category: 'referral',
        site: 'etsy.com',
        beneficiary: 'Etsy',
        units: { links: 1 },
      });

      await page.type('#invite-emails', 'ana@example.org, ben@example.net', 20);
      await page.click('#invite-form button[type="submit"]');
      const [invited] = await storedBy('invite-form', 1);
      expect(invited).toMatchObject({ kind: 'referral.invited', site: 'etsy.com', units: { invites: 2 } });
      expect(invited?.activeMs as number).toBeGreaterThan(0);
      expect(JSON.stringify(await env.driver.database())).not.toContain('example.org');

      await page.goto('https://www.etsy.com/invites');
      await page.click('#share-x');
      const [shared] = await storedBy('share-button', 1);
      expect(shared).toMatchObject({ kind: 'referral.shared', site: 'etsy.com', units: { links: 1 } });
    });

    it("records a share of a product page, and nothing for a news article's share bar", async () => {
      await page.goto('https://www.etsy.com/listing/1234567890/handmade-ceramic-mug');
      await page.click('#share-pinterest');
      await storedBy('share-button', 2);

      await page.goto('https://www.lefigaro.fr/conso/les-soldes-d-hiver-s-achevent-sur-un-bilan-mitige-20260302');
      await page.click('#share-facebook');
      await page.click('#share-x');
      await page.click('#copy-link');
      await settle(1500);
      const { events } = await env.driver.database();
      expect(events.filter((e) => e.category === 'referral' && e.site === 'lefigaro.fr')).toEqual([]);
    });
  });

  describe('play', () => {
    it('records a Duolingo lesson with its exercises and typed translation', async () => {
      await page.goto('https://www.duolingo.com/lesson');
      await page.type('[data-test="challenge-translate-input"]', 'The cat eats an apple.', 30);
      await page.press('Enter'); // "Check"
      await page.waitFor('[data-test="blame blame-correct"]');
      await page.click('[data-test="player-next"]'); // "Continue"
      await page.click('[data-test="challenge-choice"]:nth-child(2)');
      await page.click('[data-test="player-next"]');
      await page.waitFor('[data-test="blame blame-correct"]');
      await page.click('[data-test="player-next"]');
      for (const word of ['chat', 'cat', 'pomme', 'apple'])
        await page.click(`[data-test="${word}-challenge-tap-token"]`);
      await page.click('[data-test="player-next"]');
      await page.waitFor('[data-test="session-complete-slide"]');
      const [lesson] = await storedBy('duolingo-lesson', 1);
      expect(lesson).toMatchObject({
        kind: 'play.lesson_completed',
        category: 'play',
        site: 'duolingo.com',
        beneficiary: 'Duolingo',
        units: { tasks: 3, chars: 22 },
      });
      expect(lesson?.activeMs as number).toBeGreaterThan(0);
    });

    it('records a Zooniverse classification and a Label Studio task', async () => {
      await page.goto('https://www.zooniverse.org/projects/zookeeper/galaxy-zoo/classify');
      await page.click('input[name="T0"][value="1"]');
      await page.click('#done');
      const [classified] = await storedBy('zooniverse-classification', 1);
      expect(classified).toMatchObject({ kind: 'play.classified', beneficiary: 'Zooniverse', units: { tasks: 1 } });

      await page.goto('https://labelstud.io/playground/');
      await page.click('#choice-cat');
      await page.click('[aria-label="submit"]');
      const [labelled] = await storedBy('labelling-task', 1);
      expect(labelled).toMatchObject({
        kind: 'play.labelled',
        site: 'labelstud.io',
        beneficiary: 'HumanSignal (Label Studio)',
        units: { tasks: 1 },
      });
    });
  });

  describe('feedback', () => {
    it('records a Google Form of two sections once, on its confirmation page', async () => {
      await page.goto('https://docs.google.com/forms/d/e/1FAIpQLSdNp5xEx4mpleFeedbackForm/viewform');
      await page.click('[role="radio"][data-value="4"]');
      await page.click('[role="checkbox"][aria-label="Morning"]');
      await page.click('#next');
      await page.waitForUrl(/formResponse\?pageHistory/);
      await page.type('#change', 'Longer breaks', 30);
      await page.click('#submit');
      await page.waitForUrl(/submitted/);
      const [survey] = await storedBy('google-forms', 1);
      expect(survey).toMatchObject({
        kind: 'feedback.survey_completed',
        category: 'feedback',
        site: 'google.com',
        beneficiary: 'Google',
        units: { answers: 3 },
      });
      expect(survey?.activeMs as number).toBeGreaterThan(0);
    });

    it('records surveys on LimeSurvey, Qualtrics and SurveyMonkey', async () => {
      await page.goto('https://demo.limesurvey.org/index.php/512846');
      await page.click('#answer512846X1X12A1');
      await page.click('#answer512846X1X13SQ001-4');
      await page.click('#answer512846X1X13SQ002-5');
      await page.click('#ls-button-submit');
      await page.waitForUrl(/page-2/);
      await page.click('#answer512846X2X14-9');
      await page.type('#answer512846X2X15', 'More parking', 30);
      await page.click('#ls-button-submit');
      await page.waitForUrl(/completed/);
      const [lime] = await storedBy('survey-form', 1);
      expect(lime).toMatchObject({ site: 'limesurvey.org', beneficiary: 'LimeSurvey', units: { answers: 5 } });

      await page.goto('https://survey.qualtrics.com/jfe/form/SV_3xAMPLEfeedbk');
      await page.click('[id="QR~QID1~1"]');
      await page.click('[id="QR~QID2~1~3"]');
      await page.click('[id="QR~QID2~2~4"]');
      await page.click('#NextButton');
      await page.waitFor('textarea');
      await page.type('textarea', 'The lift was slow', 30);
      await page.click('#NextButton');
      await page.waitFor('#EndOfSurvey');
      const [qualtrics] = await storedBy('qualtrics-survey', 1);
      expect(qualtrics).toMatchObject({ site: 'qualtrics.com', beneficiary: 'Qualtrics', units: { answers: 4 } });

      await page.goto('https://www.surveymonkey.com/r/SM7QX2L');
      await page.click('[id="512093648_3402"]');
      await page.click('[id="512093649_3501"]');
      await page.click('.next-button');
      await page.waitForUrl(/page-2/);
      await page.type('textarea', 'Ring the bell', 30);
      await page.click('.done-button');
      await page.waitForUrl(/survey-thanks/);
      const [monkey] = await storedBy('surveymonkey-survey', 1);
      expect(monkey).toMatchObject({ site: 'surveymonkey.com', beneficiary: 'SurveyMonkey', units: { answers: 3 } });
    });

    it('records a Typeform embedded in a shop page as work on the shop', async () => {
      await page.goto('https://www.allbirds.com/pages/delivery-feedback');
      await settle(1500); // the form loads in its frame
      await page.clickAt(100, 150); // choice "B Late", at a fixed place in the frame at the top left
      await settle(800); // the next question slides in
      await page.clickAt(200, 120); // its text field
      for (const key of 'Ring') await page.press(key);
      await page.clickAt(80, 220); // "Submit"
      const [typeform] = await storedBy('typeform-survey', 1);
      expect(typeform).toMatchObject({
        kind: 'feedback.survey_completed',
        site: 'allbirds.com',
        beneficiary: 'allbirds.com',
        units: { answers: 2 },
      });
    });

    it('records a "Was this helpful?" vote and an abuse report', async () => {
      await page.goto(
        'https://support.zendesk.com/hc/en-us/articles/4408887194394-Creating-articles-in-the-help-center',
      );
      await page.click('.article-vote-up');
      await page.click('.article-vote-down');
      const [vote] = await storedBy('helpful-vote', 1);
      expect(vote).toMatchObject({ kind: 'feedback.helpful_voted', beneficiary: 'Zendesk', units: { answers: 1 } });

      await page.goto('https://www.youtube.com/watch?v=w00d5p00n');
      await page.click('#more-actions');
      await page.click('#open-report');
      await page.click('#reason-spam');
      await page.click('#next');
      await page.type('#details', 'Links to a fake shop', 30);
      await page.click('#submit-report');
      const [report] = await storedBy('report-form', 1);
      expect(report).toMatchObject({
        kind: 'feedback.reported',
        site: 'youtube.com',
        beneficiary: 'Google',
        units: { answers: 2, chars: 20 },
      });
      await settle(1000);
      expect((await storedBy('helpful-vote', 1)).length).toBe(1);
    });
  });
});
