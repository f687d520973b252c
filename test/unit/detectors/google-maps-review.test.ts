import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import googleMapsReview from '@/lib/detectors/google-maps-review';
import reviewForm from '@/lib/detectors/review-form';
import { outbox, startDetectors } from '../support/detectors';
import { atUrl, loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const WIDGET =
  'https://www.google.com/maps/api/js/ReviewsService.LoadWriteWidget2?key=k&authuser=0&hl=en&origin=https%3A%2F%2Fwww.google.com&pb=!2m1!1sChIJb0FlG9dx5kcRv9iCHosZsM8';

/** What the widget's script does: the star clicked becomes the checked radio, and Post is enabled. */
function widgetChecks(rating: number) {
  $('[jsname="IJM3w"]').removeAttribute('disabled');
  for (const star of document.querySelectorAll('[role="radio"]')) {
    star.setAttribute('aria-checked', String(star.getAttribute('data-rating') === String(rating)));
  }
}

/** What the widget shows once Google has taken the review. */
function widgetThanks() {
  $('c-wiz').innerHTML = '<h1 id="thank-you-title">Thanks for sharing!</h1><button jsname="done-button">Done</button>';
}

describe('google-maps-review detector (the ReviewsService write widget frame)', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  async function open() {
    atUrl(WIDGET);
    loadFixture('sites/www.google.com/maps/api/js/ReviewsService.LoadWriteWidget2.html');
    ctx = await startDetectors([reviewForm, googleMapsReview]);
  }

  it('records the review with the stars of the checked radio once the thank-you screen shows', async () => {
    await open();
    person.click($('[data-rating="4"]'));
    widgetChecks(4);
    person.type($('textarea'), 'Lovely terrace, slow service.');
    person.click($('[jsname="IJM3w"]'));
    expect(await outbox()).toEqual([]);
    widgetThanks();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'review.posted',
      detector: 'google-maps-review',
      host: 'www.google.com',
      units: { chars: 29, stars: 4 },
    });
  });

  it('records stars alone as review.rated', async () => {
    await open();
    person.click($('[data-rating="5"]'));
    widgetChecks(5);
    person.click($('[jsname="IJM3w"]'));
    widgetThanks();
    expect((await outbox()).map((e) => [e.event.kind, e.event.units])).toEqual([['review.rated', { stars: 5 }]]);
  });

  it('records nothing when the person cancels, even if the dialog then closes', async () => {
    await open();
    person.click($('[data-rating="2"]'));
    widgetChecks(2);
    person.type($('textarea'), 'Changed my mind');
    person.click($('[jsname="hrGhad"]'));
    document.body.innerHTML = '';
    expect(await outbox()).toEqual([]);
  });

  it('records nothing from events a page script makes up', async () => {
    await open();
    pageScript.click($('[data-rating="5"]'));
    widgetChecks(5);
    pageScript.type($('textarea'), 'Fake five stars');
    pageScript.click($('[jsname="IJM3w"]'));
    widgetThanks();
    expect(await outbox()).toEqual([]);
  });
});
