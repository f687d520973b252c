import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import reviewForm from '@/lib/detectors/review-form';
import yelpReview from '@/lib/detectors/yelp-review';
import { outbox, startDetectors } from '../support/detectors';
import { atUrl, loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const PATH = '/writeareview/biz/Xq2bQnLxT7qRkFv1aZ0e9w';

describe('yelp-review detector (www.yelp.com/writeareview/biz/…)', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  async function open() {
    atUrl(`https://www.yelp.com${PATH}?return_url=%2Fbiz%2FXq2bQnLxT7qRkFv1aZ0e9w`);
    loadFixture('sites/www.yelp.com/writeareview/biz/Xq2bQnLxT7qRkFv1aZ0e9w.html');
    ctx = await startDetectors([reviewForm, yelpReview]);
  }

  it('records the review once Yelp moves on to its post-review page', async () => {
    await open();
    person.check($('#rating-5'));
    person.type($('textarea'), 'Best morning bun in town.');
    person.click($('button[type="submit"]'));
    person.submit($('form'));
    expect(await outbox()).toEqual([]);
    window.history.pushState(null, '', `${PATH}/posted`);
    $('#main-content').innerHTML = '<h1>Your review is live</h1>';
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'review.posted',
      detector: 'yelp-review',
      host: 'www.yelp.com',
      units: { chars: 25, stars: 5 },
    });
  });

  it('records nothing when Yelp shows an error and keeps the editor', async () => {
    await open();
    person.check($('#rating-2'));
    person.type($('textarea'), 'Too short');
    person.submit($('form'));
    $('[role="alert"]').removeAttribute('hidden');
    expect(await outbox()).toEqual([]);
  });

  it('records nothing from events a page script makes up', async () => {
    await open();
    pageScript.check($('#rating-5'));
    pageScript.type($('textarea'), 'Fake five stars from the page');
    pageScript.submit($('form'));
    $('#main-content').innerHTML = '';
    expect(await outbox()).toEqual([]);
  });
});
