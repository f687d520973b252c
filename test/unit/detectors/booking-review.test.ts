import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import bookingReview from '@/lib/detectors/booking-review';
import reviewForm from '@/lib/detectors/review-form';
import { outbox, startDetectors } from '../support/detectors';
import { atUrl, loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

describe('booking-review detector (secure.booking.com guest review)', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  async function open() {
    atUrl('https://secure.booking.com/review/write.html?bn=1234567890&lang=en-gb');
    loadFixture('sites/secure.booking.com/review/write.html');
    ctx = await startDetectors([reviewForm, bookingReview]);
  }

  it('records the score out of ten and what the guest wrote once Booking confirms', async () => {
    await open();
    person.check($('input[name="review_score"][value="9"]'));
    person.check($('input[name="traveller_type"][value="couple"]'));
    person.type($('#review_positive'), 'Quiet room.');
    person.type($('#review_negative'), 'Breakfast');
    person.click($('[data-testid="review-submit"]'));
    person.submit($('form'));
    expect(await outbox()).toEqual([]);
    $('form').replaceWith(Object.assign(document.createElement('h2'), { textContent: 'Thank you for your review!' }));
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'review.posted',
      detector: 'booking-review',
      host: 'secure.booking.com',
      units: { chars: 20, stars: 9 },
    });
  });

  it('records nothing while Booking keeps the form open (refused)', async () => {
    await open();
    person.type($('#review_positive'), 'Nice');
    person.submit($('form'));
    expect(await outbox()).toEqual([]);
  });

  it('records nothing from events a page script makes up', async () => {
    await open();
    pageScript.check($('input[name="review_score"][value="10"]'));
    pageScript.type($('#review_positive'), 'Perfect!');
    pageScript.submit($('form'));
    $('form').remove();
    expect(await outbox()).toEqual([]);
  });
});
