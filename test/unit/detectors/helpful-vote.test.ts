import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import helpfulVote from '@/lib/detectors/helpful-vote';
import reviewForm from '@/lib/detectors/review-form';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const ZENDESK_ARTICLE =
  'sites/support.zendesk.com/hc/en-us/articles/4408887194394-Creating-articles-in-the-help-center.html';

describe('helpful-vote detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  describe('a Zendesk help centre article (Copenhagen theme)', () => {
    it('records one answer for the vote, even when the person changes it', async () => {
      loadFixture(
        'sites/support.zendesk.com/hc/en-us/articles/4408887194394-Creating-articles-in-the-help-center.html',
      );
      ctx = await startDetectors([helpfulVote]);
      person.click($('.article-vote-up'));
      person.click($('.article-vote-down'));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({
        kind: 'feedback.helpful_voted',
        category: 'feedback',
        detector: 'helpful-vote',
        units: { answers: 1 },
      });
    });

    it('records nothing when the person reads the article without voting', async () => {
      loadFixture(ZENDESK_ARTICLE);
      ctx = await startDetectors([helpfulVote]);
      person.click($('.article-body li'));
      person.click($('.article-more-questions a'));
      ctx.abort();
      expect(await outbox()).toEqual([]);
    });

    it('records nothing from a vote the page casts itself', async () => {
      loadFixture(ZENDESK_ARTICLE);
      ctx = await startDetectors([helpfulVote]);
      pageScript.click($('.article-vote-up'));
      expect(await outbox()).toEqual([]);
    });
  });

  it.each([
    [
      'Intercom reactions',
      '<div class="intercom-reaction-picker"><p>Did this answer your question?</p><button class="intercom-reaction" aria-label="Disappointed Reaction">😞</button><button class="intercom-reaction" aria-label="Neutral Reaction">😐</button><button class="intercom-reaction" id="vote" aria-label="Smiley Reaction">😃</button></div>',
    ],
    [
      'a French help centre',
      '<div class="feedback"><h3>Cet article vous a-t-il été utile ?</h3><button id="vote">Oui</button><button>Non</button></div>',
    ],
    [
      'a German help centre',
      '<div class="feedback"><span>War dieser Artikel hilfreich?</span><a href="#" id="vote">Ja</a> <a href="#">Nein</a></div>',
    ],
    [
      'a Spanish help centre with radio buttons',
      '<form class="feedback"><fieldset><legend>¿Te ha resultado útil?</legend><input type="radio" name="u" id="vote" value="si"><label for="vote">Sí</label><input type="radio" name="u" id="no" value="no"><label for="no">No</label></fieldset></form>',
    ],
    [
      'Microsoft Learn thumbs',
      '<div class="feedback-section"><h3>Was this page helpful?</h3><button id="vote" aria-label="Yes" data-bi-name="button-rating-yes">👍</button><button aria-label="No" data-bi-name="button-rating-no">👎</button></div>',
    ],
  ])('recognises %s', async (_what, html) => {
    document.body.innerHTML = html;
    ctx = await startDetectors([helpfulVote]);
    const vote = $('#vote');
    if (vote instanceof HTMLInputElement) person.check(vote);
    else person.click(vote);
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ answers: 1 }]);
  });

  it('leaves a survey question with a rating scale to the survey detectors', async () => {
    document.body.innerHTML = `<div class="q"><h3>How useful was the workshop?</h3>
      ${[1, 2, 3, 4, 5].map((n) => `<div role="radio" aria-checked="false" aria-label="${n}" id="r${n}"></div>`).join('')}</div>`;
    ctx = await startDetectors([helpfulVote]);
    person.click($('#r4'));
    expect(await outbox()).toEqual([]);
  });

  it('is not taken for a review by the review detector, comment and all (and the other way round)', async () => {
    document.body.innerHTML = `
      <form class="article-feedback"><h3>Cet article vous a-t-il été utile ?</h3>
        <input type="radio" name="utile" id="oui" value="oui"><label for="oui">Oui</label>
        <input type="radio" name="utile" id="non" value="non"><label for="non">Non</label>
        <textarea id="avis" name="avis" aria-label="Votre avis"></textarea><button type="submit">Envoyer</button></form>`;
    ctx = await startDetectors([helpfulVote, reviewForm]);
    person.check($('#non'));
    person.type($('#avis'), 'Il manque un exemple');
    person.submit($('form'));
    expect((await outbox()).map((e) => e.event.detector)).toEqual(['helpful-vote']);
    ctx.abort();

    loadFixture('demo/review-form.html');
    ctx = await startDetectors([helpfulVote, reviewForm]);
    person.check($('#star4'));
    person.type($('#review-body'), 'Useful and quiet.');
    person.submit($('#review-form'));
    expect((await outbox()).map((e) => e.event.detector)).toEqual(['helpful-vote', 'review-form']);
  });
});
