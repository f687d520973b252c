import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import ebayListing from '@/lib/detectors/ebay-listing';
import reviewForm from '@/lib/detectors/review-form';
import { personWrites, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const listIt = () => $('[aria-label="List it"]');

function choose(select: HTMLSelectElement, value: string) {
  person.click(select);
  select.value = value;
  select.dispatchEvent(Object.defineProperty(new Event('change', { bubbles: true }), 'isTrusted', { value: true }));
}

function fillListing() {
  personWrites.choose($('input[type="file"]'), 5);
  person.type($('[name="title"]'), 'Stainless kettle 1.7 l');
  choose($('#condition'), '3000');
  person.type($('[name="price"]'), '18');
}

describe('ebay-listing detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://www.ebay.com/lstng?mode=AddItem&draftId=5117'));

  it('records a listing, its photos and fields, once eBay moves on to its confirmation', async () => {
    loadFixture('sites/www.ebay.com/lstng.html');
    ctx = await startDetectors([ebayListing]);
    fillListing();
    person.click(listIt());
    visit('https://www.ebay.com/sl/success?itemId=1234567890');
    await settle();
    expect((await outbox()).map((e) => e.event)).toMatchObject([
      {
        kind: 'listing.published',
        category: 'content',
        detector: 'ebay-listing',
        host: 'www.ebay.com',
        units: { photos: 5, fields: 3 },
      },
    ]);
  });

  it('is the only one to record it: a grade on a listing is not a review', async () => {
    loadFixture('sites/www.ebay.com/lstng.html');
    const form = document.createElement('form');
    form.append(...document.body.childNodes);
    document.body.append(form);
    form.addEventListener('submit', (event) => event.preventDefault());
    listIt().setAttribute('type', 'submit');
    ctx = await startDetectors([reviewForm, ebayListing]);
    fillListing();
    choose($('#grade'), '9');
    person.click(listIt());
    person.submit(form);
    visit('https://www.ebay.com/sl/success?itemId=1234567890');
    await settle();
    expect((await outbox()).map((e) => [e.event.detector, e.event.kind])).toEqual([
      ['ebay-listing', 'listing.published'],
    ]);
  });

  it('records nothing for a listing saved for later, abandoned, or filled in by a page script', async () => {
    loadFixture('sites/www.ebay.com/lstng.html');
    ctx = await startDetectors([ebayListing]);
    fillListing();
    person.click([...document.querySelectorAll('button')].find((b) => b.textContent === 'Save for later') as Element);
    await settle();
    ctx.abort();
    loadFixture('sites/www.ebay.com/lstng.html');
    ctx = await startDetectors([ebayListing]);
    pageScript.type($('[name="title"]'), 'Autofilled kettle');
    person.click(listIt());
    visit('https://www.ebay.com/sl/success?itemId=1');
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
