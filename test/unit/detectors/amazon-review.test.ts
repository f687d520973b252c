import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import amazonReview from '@/lib/detectors/amazon-review';
import reviewForm from '@/lib/detectors/review-form';
import { beforeDetectorsStart, outbox, startDetectors } from '../support/detectors';
import { atUrl, loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const stars = () => [...document.querySelectorAll('[data-hook="ryp-star"]')];
const send = () => $('[data-hook="ryp-review-submit-button"] button');

/** What Amazon's script does once its request succeeded. */
function amazonShowsThankYou() {
  $('.ryp__review-form').remove();
  $('#a-page').insertAdjacentHTML(
    'afterbegin',
    '<div class="a-box a-alert a-alert-success ryp__thank-you-alert"><span class="ryp__thank-you-title">Commentaire envoyé - Merci !</span></div>',
  );
}

describe('amazon-review detector (www.amazon.fr/review/create-review)', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  async function open() {
    atUrl('https://www.amazon.fr/review/create-review?asin=B0C1234567');
    loadFixture('sites/www.amazon.fr/review/create-review.html');
    // The generic detector runs too, as in the browser: only one of them may record.
    ctx = await startDetectors([reviewForm, amazonReview]);
  }

  it('records the review once Amazon shows its thank-you alert: stars clicked, title and text', async () => {
    await open();
    person.click(stars()[3] as Element);
    person.type($('#scarface-review-title-label'), 'Rapide');
    person.type($('#scarface-review-text-card-title'), 'Chauffe vite, un peu bruyante.');
    person.click(send());
    expect(await outbox()).toEqual([]); // sent, not yet confirmed
    amazonShowsThankYou();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'review.posted',
      category: 'review',
      detector: 'amazon-review',
      host: 'www.amazon.fr',
      units: { chars: 36, stars: 4 },
    });
    expect(JSON.stringify(entries)).not.toContain('bruyante');
  });

  it('counts a star clicked before the detectors started, replayed from what the sentinel kept', async () => {
    atUrl('https://www.amazon.fr/review/create-review?asin=B0C1234567');
    loadFixture('sites/www.amazon.fr/review/create-review.html');
    beforeDetectorsStart(() => person.click(stars()[3] as Element));
    ctx = await startDetectors([reviewForm, amazonReview]);
    person.type($('#scarface-review-text-card-title'), 'Chauffe vite.');
    person.click(send());
    amazonShowsThankYou();
    const entries = await outbox();
    expect(entries.map((e) => [e.event.detector, e.event.units])).toEqual([['amazon-review', { chars: 13, stars: 4 }]]);
  });

  it('records a rating without text as review.rated', async () => {
    await open();
    person.click(stars()[4] as Element);
    person.click(send());
    amazonShowsThankYou();
    const entries = await outbox();
    expect(entries.map((e) => [e.event.kind, e.event.units])).toEqual([['review.rated', { stars: 5 }]]);
  });

  it('records nothing when Amazon refuses the review or the person leaves', async () => {
    await open();
    person.type($('#scarface-review-text-card-title'), 'Pas encore fini');
    person.click(send());
    $('[data-hook="ryp-error"]').removeAttribute('hidden'); // no star: Amazon shows an error, no thank-you
    expect(await outbox()).toEqual([]);
    ctx?.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing from events a page script makes up, nor from a real click on a form it filled', async () => {
    await open();
    pageScript.click(stars()[4] as Element);
    pageScript.type($('#scarface-review-text-card-title'), 'Faux avis enthousiaste');
    pageScript.click(send());
    person.click(send());
    amazonShowsThankYou();
    expect(await outbox()).toEqual([]);
  });
});
