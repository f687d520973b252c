import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import reviewForm from '@/lib/detectors/review-form';
import tripadvisorReview from '@/lib/detectors/tripadvisor-review';
import { outbox, startDetectors } from '../support/detectors';
import { atUrl, loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const PAGE = 'UserReviewEdit-g187147-d1234567-Le_Petit_Cafe-Paris_Ile_de_France.html';

/** What Tripadvisor's script does with a click in a radio group. */
function choose(radio: Element) {
  for (const other of radio.parentElement?.querySelectorAll('[role="radio"]') ?? []) {
    other.setAttribute('aria-checked', String(other === radio));
  }
}

describe('tripadvisor-review detector (www.tripadvisor.fr/UserReviewEdit-…)', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  async function open() {
    atUrl(`https://www.tripadvisor.fr/${PAGE}`);
    loadFixture('sites/www.tripadvisor.fr/UserReviewEdit-g187147-d1234567-Le_Petit_Cafe-Paris_Ile_de_France.html');
    ctx = await startDetectors([reviewForm, tripadvisorReview]);
  }

  it('records the bubbles chosen (not the trip type), the text and title once the thank-you step shows', async () => {
    await open();
    const bubble = $('[data-test-target="review-rating"] [aria-label="Très bien"]');
    person.click(bubble);
    choose(bubble);
    const couple = [...document.querySelectorAll('[data-test-target="trip-type"] [role="radio"]')][1] as Element;
    person.click(couple);
    choose(couple);
    person.type($('#review-text'), 'Excellent croque-monsieur.');
    person.type($('#review-title'), 'Bonne adresse');
    person.click($('[data-test-target="submit-review"]'));
    person.submit($('form'));
    expect(await outbox()).toEqual([]);
    $('form').replaceWith(Object.assign(document.createElement('h2'), { textContent: 'Merci pour votre avis !' }));
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'review.posted',
      detector: 'tripadvisor-review',
      host: 'www.tripadvisor.fr',
      units: { chars: 39, stars: 4 },
    });
  });

  it('records nothing for a review written and left', async () => {
    await open();
    person.type($('#review-text'), 'Brouillon');
    ctx?.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing from events a page script makes up', async () => {
    await open();
    pageScript.click($('[aria-label="Excellent"]'));
    pageScript.type($('#review-text'), 'Faux avis');
    pageScript.submit($('form'));
    $('form').remove();
    expect(await outbox()).toEqual([]);
  });
});
