import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import imdbReview from '@/lib/detectors/imdb-review';
import reviewForm from '@/lib/detectors/review-form';
import { outbox, startDetectors } from '../support/detectors';
import { atUrl, loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

describe('imdb-review detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  describe('the rating prompt of a title page (www.imdb.com/title/…)', () => {
    async function openPrompt() {
      atUrl('https://www.imdb.com/title/tt0111161/');
      loadFixture('sites/www.imdb.com/title/tt0111161/index.html');
      ctx = await startDetectors([reviewForm, imdbReview]);
      // What IMDb's script does on "Rate": the prompt opens.
      document.body.append(($('#rating-prompt') as HTMLTemplateElement).content.cloneNode(true));
    }

    it('records a rating out of ten once the prompt closes after "Rate"', async () => {
      await openPrompt();
      person.click($('[aria-label="Rate 8"]'));
      $('.ipc-rating-prompt__rate-button').removeAttribute('disabled'); // what IMDb's script does
      person.click($('.ipc-rating-prompt__rate-button'));
      expect(await outbox()).toEqual([]);
      $('.ipc-promptable-base').remove(); // IMDb stored the rating
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({
        kind: 'review.rated',
        detector: 'imdb-review',
        host: 'www.imdb.com',
        units: { stars: 8 },
      });
    });

    it('records nothing when the person closes the prompt', async () => {
      await openPrompt();
      person.click($('[aria-label="Rate 3"]'));
      person.click($('.ipc-promptable-base__close'));
      $('.ipc-promptable-base').remove();
      expect(await outbox()).toEqual([]);
    });

    it('records nothing from clicks a page script makes up', async () => {
      await openPrompt();
      pageScript.click($('[aria-label="Rate 10"]'));
      $('.ipc-rating-prompt__rate-button').removeAttribute('disabled');
      pageScript.click($('.ipc-rating-prompt__rate-button'));
      person.click($('.ipc-rating-prompt__rate-button'));
      $('.ipc-promptable-base').remove();
      expect(await outbox()).toEqual([]);
    });
  });

  describe('the user-review form (contribute.imdb.com/review/…/add)', () => {
    it('records the review, headline and text, once the confirmation replaces the form', async () => {
      atUrl('https://contribute.imdb.com/review/tt0111161/add');
      loadFixture('sites/contribute.imdb.com/review/tt0111161/add.html');
      ctx = await startDetectors([reviewForm, imdbReview]);
      person.click($('[aria-label="Rate 9"]'));
      person.type($('#text-input__headline'), 'Hope');
      person.type($('#textarea__review'), 'A patient, generous film.');
      person.check($('input[value="no"]'));
      person.click($('[data-testid="review-submit"]'));
      person.submit($('form'));
      $('form').replaceWith(Object.assign(document.createElement('h2'), { textContent: 'Thank you!' }));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({ kind: 'review.posted', units: { chars: 29, stars: 9 } });
    });

    it('records nothing while the form stays open (IMDb refused it: too short)', async () => {
      atUrl('https://contribute.imdb.com/review/tt0111161/add');
      loadFixture('sites/contribute.imdb.com/review/tt0111161/add.html');
      ctx = await startDetectors([reviewForm, imdbReview]);
      person.type($('#textarea__review'), 'Too short');
      person.click($('[data-testid="review-submit"]'));
      person.submit($('form'));
      expect(await outbox()).toEqual([]);
    });
  });
});
