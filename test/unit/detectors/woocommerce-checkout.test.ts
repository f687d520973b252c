import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import checkout from '@/lib/detectors/checkout';
import woocommerceCheckout from '@/lib/detectors/woocommerce-checkout';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { goTo, leave, savedFlow, serveFlows, settle } from '../support/flows';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const SHOP = 'https://boutique.example.net';

/** loadFixture fills the body; WooCommerce marks the body element itself. */
function bodyClasses(html: string): void {
  document.body.className = html.match(/<body class="([^"]*)"/)?.[1] ?? '';
}

describe('woocommerce-checkout detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => serveFlows());
  afterEach(() => {
    ctx?.abort();
    document.body.className = '';
  });

  async function fillCheckout(actor = person): Promise<void> {
    goTo(`${SHOP}/checkout/`);
    loadFixture('sites/boutique.example.net/checkout/index.html');
    bodyClasses('<body class="page woocommerce-checkout woocommerce-page woocommerce-js">');
    ctx = await startDetectors([woocommerceCheckout, checkout]);
    actor.type($('.search-field'), 'vase');
    actor.fill($('#billing_first_name'), 'Ada');
    actor.fill($('#billing_last_name'), 'Lovelace');
    actor.fill($('#billing_address_1'), '12 St James Square');
    actor.fill($('#billing_city'), 'London');
    actor.choose($('#billing_country'), 'GB');
    actor.fill($('#billing_postcode'), 'SW1Y 4JH');
    actor.fill($('#billing_email'), 'ada@example.org');
    actor.check($('#payment_method_cod'));
    actor.check($('#terms'));
    actor.click($('#place_order'));
    actor.submit($('form.woocommerce-checkout'));
    await leave(ctx);
  }

  async function reachOrderReceived(): Promise<void> {
    goTo(`${SHOP}/checkout/order-received/4321/?key=wc_order_Q8dLxVp2Rk1aM`);
    loadFixture('sites/boutique.example.net/checkout/order-received/4321/index.html');
    bodyClasses('<body class="page woocommerce-checkout woocommerce-page woocommerce-order-received woocommerce-js">');
    ctx = await startDetectors([woocommerceCheckout, checkout]);
    await settle();
  }

  it('records the order once on the order-received page, and the generic detector does not', async () => {
    await fillCheckout();
    await reachOrderReceived();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'checkout.completed',
      detector: 'woocommerce-checkout',
      host: 'boutique.example.net',
      units: { fields: 9, steps: 1 },
    });
  });

  it('records nothing more when the order-received page is reloaded', async () => {
    await fillCheckout();
    await reachOrderReceived();
    await leave(ctx as ContentScriptContext);
    await reachOrderReceived();
    expect(await outbox()).toHaveLength(1);
  });

  it('records nothing when the payment failed or the checkout was left', async () => {
    await fillCheckout();
    goTo(`${SHOP}/checkout/order-received/4321/?key=wc_order_Q8dLxVp2Rk1aM`);
    bodyClasses('<body class="page woocommerce-checkout woocommerce-page woocommerce-order-received">');
    document.body.innerHTML =
      '<p class="woocommerce-notice woocommerce-notice--error woocommerce-thankyou-order-failed">Unfortunately your order cannot be processed as the originating bank/merchant has declined your transaction.</p>';
    ctx = await startDetectors([woocommerceCheckout, checkout]);
    await settle();
    expect(await outbox()).toEqual([]);
    expect(await savedFlow('woocommerce-checkout')).not.toBeNull();
  });

  it('records nothing when a page script fills the checkout in', async () => {
    await fillCheckout(pageScript);
    await reachOrderReceived();
    expect(await outbox()).toEqual([]);
  });

  it('does nothing on pages without WooCommerce markup', async () => {
    goTo('https://www.example.org/checkout/');
    document.body.innerHTML = '<form><input name="billing_first_name"></form>';
    ctx = await startDetectors([woocommerceCheckout]);
    person.fill($('input'), 'Ada');
    await settle();
    expect(await savedFlow('woocommerce-checkout')).toBeNull();
  });
});
