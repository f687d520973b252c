import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import allocineReview from '@/lib/detectors/allocine-review';
import reviewForm from '@/lib/detectors/review-form';
import { outbox, startDetectors } from '../support/detectors';
import { atUrl, loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** What Allociné's script does: the half star clicked becomes the checked one. */
function check(star: Element) {
  for (const other of document.querySelectorAll('.rating-star'))
    other.setAttribute('aria-checked', String(other === star));
}

describe('allocine-review detector (the "Donner mon avis" modal of a film page)', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  async function open() {
    atUrl('https://www.allocine.fr/film/fichefilm_gen_cfilm=1234.html');
    loadFixture('sites/www.allocine.fr/film/fichefilm_gen_cfilm=1234.html');
    ctx = await startDetectors([reviewForm, allocineReview]);
  }

  it('records the critique and the half stars, rounded, once the modal closes after "Publier"', async () => {
    await open();
    const star = $('[data-rating="3.5"]');
    person.click(star);
    check(star);
    person.type($('#review-text'), 'Un beau film, trop long.');
    person.click($('.js-submit-review'));
    expect(await outbox()).toEqual([]);
    $('.review-modal').setAttribute('hidden', '');
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'review.posted',
      detector: 'allocine-review',
      host: 'www.allocine.fr',
      units: { chars: 24, stars: 4 },
    });
  });

  it('records a rating without critique as review.rated', async () => {
    await open();
    const star = $('[data-rating="2"]');
    person.click(star);
    check(star);
    person.click($('.js-submit-review'));
    $('.review-modal').setAttribute('hidden', '');
    expect((await outbox()).map((e) => [e.event.kind, e.event.units])).toEqual([['review.rated', { stars: 2 }]]);
  });

  it('records nothing when the person presses "Annuler"', async () => {
    await open();
    person.type($('#review-text'), 'Finalement non');
    person.click($('.js-close-modal'));
    $('.review-modal').setAttribute('hidden', '');
    expect(await outbox()).toEqual([]);
  });

  it('records nothing from events a page script makes up', async () => {
    await open();
    pageScript.click($('[data-rating="5"]'));
    check($('[data-rating="5"]'));
    pageScript.type($('#review-text'), 'Chef-d’œuvre absolu');
    pageScript.click($('.js-submit-review'));
    $('.review-modal').setAttribute('hidden', '');
    expect(await outbox()).toEqual([]);
  });
});
