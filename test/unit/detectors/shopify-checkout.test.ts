import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import checkout from '@/lib/detectors/checkout';
import shopifyCheckout from '@/lib/detectors/shopify-checkout';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { goTo, leave, savedFlow, serveFlows, settle } from '../support/flows';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const CHECKOUT = 'https://www.allbirds.com/checkouts/cn/hWN2pDTlCMJoVn3HUDvQHNgm';
const SHOPIFY_HEAD =
  '<meta name="shopify-checkout-authorization-token" content="9f2c7d1e0a"><link rel="preload" as="script" href="/cdn/shopifycloud/checkout-web/assets/c1/app.Dq3F9xK2.js">';

describe('shopify-checkout detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => {
    serveFlows();
    document.head.innerHTML = SHOPIFY_HEAD; // loadFixture fills the body only
  });
  afterEach(() => {
    ctx?.abort();
    document.head.innerHTML = '';
  });

  async function fillCheckout(actor = person): Promise<void> {
    goTo(`${CHECKOUT}?_r=AQAB`);
    loadFixture('sites/www.allbirds.com/checkouts/cn/hWN2pDTlCMJoVn3HUDvQHNgm/index.html');
    ctx = await startDetectors([shopifyCheckout, checkout]);
    actor.fill($('#email'), 'jane@example.org');
    actor.fill($('[name=firstName]'), 'Jane');
    actor.fill($('[name=lastName]'), 'Doe');
    actor.fill($('[name=address1]'), '1 Market St');
    actor.fill($('[name=city]'), 'San Francisco');
    actor.choose($('[name=zone]'), 'CA');
    actor.fill($('[name=postalCode]'), '94105');
    actor.check($('#shipping_methods-1'));
    actor.click($('#checkout-pay-button'));
    actor.submit($('#Form0'));
    await leave(ctx);
  }

  async function reachThankYou(): Promise<void> {
    goTo(`${CHECKOUT}/thank-you`);
    loadFixture('sites/www.allbirds.com/checkouts/cn/hWN2pDTlCMJoVn3HUDvQHNgm/thank-you.html');
    ctx = await startDetectors([shopifyCheckout, checkout]);
    await settle();
  }

  it('records the order once on the thank-you page, and the generic detector does not', async () => {
    await fillCheckout();
    await reachThankYou();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'checkout.completed',
      detector: 'shopify-checkout',
      host: 'www.allbirds.com',
      units: { fields: 8, steps: 1 },
    });
    expect(JSON.stringify(entries)).not.toContain('Jane');
  });

  it('records nothing more when the thank-you page is reloaded', async () => {
    await fillCheckout();
    await reachThankYou();
    await leave(ctx as ContentScriptContext);
    await reachThankYou();
    expect(await outbox()).toHaveLength(1);
  });

  it('records nothing for a checkout that is abandoned', async () => {
    await fillCheckout();
    goTo('https://www.allbirds.com/products/mens-tree-runners');
    document.body.innerHTML = '<h1>Men’s Tree Runners</h1>';
    ctx = await startDetectors([shopifyCheckout, checkout]);
    await settle();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing when a page script fills the checkout in', async () => {
    await fillCheckout(pageScript);
    await reachThankYou();
    expect(await outbox()).toEqual([]);
  });

  it('recognises Shopify by its markup, not by the address alone', async () => {
    document.head.innerHTML = '';
    goTo(`${CHECKOUT}`);
    loadFixture('sites/www.allbirds.com/checkouts/cn/hWN2pDTlCMJoVn3HUDvQHNgm/index.html');
    ctx = await startDetectors([shopifyCheckout]);
    person.fill($('#email'), 'jane@example.org');
    await settle();
    expect(shopifyCheckout.matches(new URL(CHECKOUT))).toBe(true);
    expect(
      shopifyCheckout.matches(
        new URL('https://shop.example/12345/checkouts/0a1b2c3d4e5f6a7b?step=contact_information'),
      ),
    ).toBe(true);
    expect(shopifyCheckout.matches(new URL('https://shop.example/checkout'))).toBe(false);
    expect(await savedFlow('shopify-checkout')).toBeNull();
  });
});
