import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import shareButton from '@/lib/detectors/share-button';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** The pages open their share links in a pop-up of their own: the test document never follows a link. */
const stayOnPage = (event: Event) => event.preventDefault();

describe('share-button detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => document.addEventListener('click', stayOnPage, true));
  afterEach(() => {
    document.removeEventListener('click', stayOnPage, true);
    ctx?.abort();
  });

  describe('a product page with schema.org Product data (sites/www.etsy.com/listing/…)', () => {
    it('records one link shared per network', async () => {
      loadFixture('sites/www.etsy.com/listing/1234567890/handmade-ceramic-mug.html');
      ctx = await startDetectors([shareButton]);
      person.click($('#share-pinterest'));
      person.click($('#share-pinterest'));
      person.click($('#share-facebook'));
      person.click($('#share-whatsapp')); // a button without a link, named "Share on WhatsApp"
      const entries = await outbox();
      expect(entries.map((e) => e.event.kind)).toEqual(['referral.shared', 'referral.shared', 'referral.shared']);
      expect(entries[0]?.event).toMatchObject({ category: 'referral', detector: 'share-button', units: { links: 1 } });
    });

    it('records nothing when the person looks at the product and leaves', async () => {
      loadFixture('sites/www.etsy.com/listing/1234567890/handmade-ceramic-mug.html');
      ctx = await startDetectors([shareButton]);
      person.click($('button.wt-btn'));
      ctx.abort();
      expect(await outbox()).toEqual([]);
    });

    it('records nothing from clicks the page makes itself', async () => {
      loadFixture('sites/www.etsy.com/listing/1234567890/handmade-ceramic-mug.html');
      ctx = await startDetectors([shareButton]);
      pageScript.click($('#share-pinterest'));
      pageScript.click($('#share-whatsapp'));
      expect(await outbox()).toEqual([]);
    });
  });

  it('records shares from an invite page, where the shared link is a referral link', async () => {
    loadFixture('sites/www.etsy.com/invites.html');
    ctx = await startDetectors([shareButton]);
    person.click($('#share-x'));
    person.click($('#share-email'));
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ links: 1 }, { links: 1 }]);
  });

  it('records nothing for the share bar of a news article (sites/www.lefigaro.fr)', async () => {
    loadFixture('sites/www.lefigaro.fr/conso/les-soldes-d-hiver-s-achevent-sur-un-bilan-mitige-20260302.html');
    ctx = await startDetectors([shareButton]);
    for (const id of ['#share-facebook', '#share-x', '#share-whatsapp', '#copy-link']) person.click($(id));
    expect(await outbox()).toEqual([]);
  });

  it('records nothing for the share links of a help article (sites/support.zendesk.com)', async () => {
    loadFixture('sites/support.zendesk.com/hc/en-us/articles/4408887194394-Creating-articles-in-the-help-center.html');
    ctx = await startDetectors([shareButton]);
    person.click($('.share-facebook'));
    person.click($('.share-twitter'));
    expect(await outbox()).toEqual([]);
  });

  it('takes an article that describes products for an article, and a mailto to an address for a contact link', async () => {
    document.head.innerHTML =
      '<meta property="og:type" content="article"><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle"},{"@type":"Product","name":"Kettle"}]}</script>';
    document.body.innerHTML = `<a id="pin" href="https://www.pinterest.com/pin/create/button/?url=x">Pin</a>
      <a id="contact" href="mailto:press@example.org?subject=Hello">Write to us</a>`;
    ctx = await startDetectors([shareButton]);
    person.click($('#pin'));
    person.click($('#contact'));
    expect(await outbox()).toEqual([]);
  });
});
