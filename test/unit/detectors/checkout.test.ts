import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import checkout from '@/lib/detectors/checkout';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { goTo, leave, savedFlow, serveFlows, settle, workedBefore } from '../support/flows';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const SHOP = 'https://www.example-shop.fr';
const earlierPages = { startedAt: Date.now() - 10 * 60_000, activeMs: 95_000, units: { fields: 7, steps: 2 } };

describe('checkout detector (any shop)', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => serveFlows());
  afterEach(() => ctx?.abort());

  /** The cart, the addresses and the payment of a PrestaShop-style French shop; `actor` does the work. */
  async function shopThroughCheckout(actor = person): Promise<void> {
    goTo(`${SHOP}/panier?action=show`);
    loadFixture('sites/www.example-shop.fr/panier.html');
    ctx = await startDetectors([checkout]);
    actor.type($('[name=s]'), 'thé noir'); // the shop's search box is not the checkout
    actor.fill($('#qty-12'), '2');
    actor.click($('#to-checkout'));
    await leave(ctx);

    goTo(`${SHOP}/commande`);
    loadFixture('sites/www.example-shop.fr/commande/index.html');
    ctx = await startDetectors([checkout]);
    actor.fill($('#field-firstname'), 'Camille');
    actor.fill($('#field-lastname'), 'Martin');
    actor.fill($('#field-address1'), '12 rue des Lilas');
    actor.fill($('#field-postcode'), '69003');
    actor.fill($('#field-city'), 'Lyon');
    actor.choose($('#field-id_country'), '3');
    actor.click($('button[name="confirm-addresses"]'));
    actor.submit($('#delivery-address'));
    await leave(ctx);

    goTo(`${SHOP}/commande/paiement?saveAddress=delivery`);
    loadFixture('sites/www.example-shop.fr/commande/paiement.html');
    ctx = await startDetectors([checkout]);
    actor.check($('#delivery_option_3'));
    actor.check($('#payment-option-2'));
    actor.fill($('#card-number'), '4970 1000 0000 0000');
    actor.fill($('#card-expiry'), '12/29');
    actor.fill($('#card-cvc'), '123');
    actor.check($('[name="conditions_to_approve[terms-and-conditions]"]'));
    actor.click($('#payment-confirmation button'));
    actor.submit($('#conditions-to-approve'));
    await leave(ctx);
  }

  async function reachConfirmation(): Promise<void> {
    goTo(`${SHOP}/confirmation-commande?id_cart=4417&id_module=31&id_order=1203&key=b7a6e1c1d2`);
    loadFixture('sites/www.example-shop.fr/confirmation-commande.html');
    ctx = await startDetectors([checkout]);
    await settle();
  }

  describe('a French shop in four pages (sites/www.example-shop.fr)', () => {
    it('records one order on the confirmation, with the fields filled and the steps of every page', async () => {
      await shopThroughCheckout();
      expect(await outbox()).toEqual([]); // nothing before the order is confirmed
      expect((await savedFlow('checkout'))?.units).toEqual({ fields: 13, steps: 3 });

      await reachConfirmation();
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({
        kind: 'checkout.completed',
        category: 'selfservice',
        detector: 'checkout',
        host: 'www.example-shop.fr',
        units: { fields: 13, steps: 3 },
      });
      const text = JSON.stringify(entries);
      for (const typed of ['Camille', 'Lilas', '4970', 'noir', 'panier', 'commande']) expect(text).not.toContain(typed);
    });

    it('records nothing more when the confirmation is reloaded', async () => {
      await shopThroughCheckout();
      await reachConfirmation();
      await leave(ctx as ContentScriptContext);
      await reachConfirmation();
      expect(await outbox()).toHaveLength(1);
      expect(await savedFlow('checkout')).toBeNull();
    });

    it('records nothing for a checkout abandoned before the order', async () => {
      await shopThroughCheckout();
      goTo(`${SHOP}/the-vert/12-sencha.html`);
      document.body.innerHTML = '<h1>Sencha bio</h1><button>Ajouter au panier</button>';
      ctx = await startDetectors([checkout]);
      await settle();
      expect(await outbox()).toEqual([]);
    });

    it('records nothing when the page script fills the checkout in', async () => {
      await shopThroughCheckout(pageScript);
      expect(await savedFlow('checkout')).toBeNull();
      await reachConfirmation();
      expect(await outbox()).toEqual([]);
    });

    it('records nothing on a confirmation reached without a checkout (an old link, another tab)', async () => {
      await reachConfirmation();
      person.click($('#order-reference-value'));
      await settle();
      expect(await outbox()).toEqual([]);
    });
  });

  it('follows a one-page checkout whose steps are fragments (Magento, in English)', async () => {
    goTo('https://shop.example.com/checkout/');
    loadFixture('sites/shop.example.com/checkout/index.html');
    ctx = await startDetectors([checkout]);
    person.fill($('#customer-email'), 'sam@example.org');
    person.fill($('#firstname'), 'Sam');
    person.fill($('#street0'), '1 Infinite Loop');
    person.choose($('#region_id'), '12');
    person.check($('#s_method_freeshipping'));
    person.click($('#shipping-next'));
    window.location.hash = '#payment';
    $('#payment').removeAttribute('hidden');
    person.check($('#checkmo'));
    person.click($('#place-order'));
    await leave(ctx);

    goTo('https://shop.example.com/checkout/onepage/success/');
    loadFixture('sites/shop.example.com/checkout/onepage/success/index.html');
    ctx = await startDetectors([checkout]);
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({ kind: 'checkout.completed', units: { fields: 6, steps: 2 } });
  });

  it('records a confirmation that replaces the form on the same page', async () => {
    goTo('https://shop.example.com/checkout/');
    loadFixture('sites/shop.example.com/checkout/index.html');
    ctx = await startDetectors([checkout]);
    person.fill($('#customer-email'), 'sam@example.org');
    person.fill($('#postcode'), '94105');
    person.click($('#place-order'));
    $('#maincontent').innerHTML =
      '<h1 class="page-title">Thank you for your purchase!</h1><p>Your order # is: 000000124.</p>';
    await new Promise((done) => setTimeout(done, 600));
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({ kind: 'checkout.completed', units: { fields: 2, steps: 1 } });
  });

  it('recognises a German review step and its finish page (Shopware)', async () => {
    goTo('https://www.teehaus.example.de/checkout/confirm');
    loadFixture('sites/www.teehaus.example.de/checkout/confirm.html');
    ctx = await startDetectors([checkout]);
    await settle();
    person.check($('#paymentMethod2'));
    person.check($('#tos'));
    person.click($('#confirmFormSubmit'));
    await leave(ctx);
    expect(await outbox()).toEqual([]); // "Bestellung abschließen" is the step before the order

    goTo('https://www.teehaus.example.de/checkout/finish?orderId=0191');
    loadFixture('sites/www.teehaus.example.de/checkout/finish.html');
    ctx = await startDetectors([checkout]);
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({ kind: 'checkout.completed', units: { fields: 2, steps: 1 } });
  });

  it('adds the time and fields of earlier pages to the order', async () => {
    goTo('https://www.tienda.example.es/pedido/gracias');
    await workedBefore('checkout', earlierPages);
    document.body.innerHTML = '<h1>¡Gracias por tu compra!</h1><p>Pedido n.º 4521</p>';
    ctx = await startDetectors([checkout]);
    await settle();
    const [entry] = await outbox();
    expect(entry?.event).toMatchObject({ units: { fields: 7, steps: 2 } });
    expect(entry?.event.activeMs).toBe(95_000);
    expect(entry?.event.startedAt).toBeLessThanOrEqual(earlierPages.startedAt);
  });

  it('reads schema.org Order data when the words are not there', async () => {
    goTo('https://www.tienda.example.es/pedido/12345');
    await workedBefore('checkout', earlierPages);
    document.body.innerHTML = `<h1>Pedido 12345</h1><script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "Order", "orderNumber": "12345", "orderStatus": "https://schema.org/OrderProcessing"}
    </script>`;
    ctx = await startDetectors([checkout]);
    await settle();
    expect(await outbox()).toHaveLength(1);
  });

  it('does not take help text about orders for a confirmation', async () => {
    goTo('https://shop.example.com/checkout/');
    await workedBefore('checkout', earlierPages);
    document.body.innerHTML = '<h1>Checkout</h1><h3>What happens once my order is received?</h3>';
    ctx = await startDetectors([checkout]);
    await settle();
    expect(await outbox()).toEqual([]);
  });

  it.each([
    ['Confirm your order'],
    ['Confirmer la commande'],
    ['Bestellung bestätigen'],
    ['Confirmar pedido'],
    ['Order confirmation'],
  ])('does not take the last step before paying ("%s") for a confirmation', async (heading) => {
    goTo('https://shop.example.com/checkout/confirmation');
    await workedBefore('checkout', earlierPages);
    document.body.innerHTML = `<h1>${heading}</h1><form><input autocomplete="cc-number" name="card"><button>Pay</button></form>`;
    ctx = await startDetectors([checkout]);
    await settle();
    expect(await outbox()).toEqual([]);
  });

  it('leaves Shopify and WooCommerce checkouts to their own detectors, and ends its own count there', async () => {
    goTo('https://www.allbirds.com/checkouts/cn/hWN2pDTlCMJoVn3HUDvQHNgm/thank-you');
    await workedBefore('checkout', earlierPages);
    document.head.innerHTML = '<meta name="shopify-checkout-api-token" content="0f3b">';
    document.body.innerHTML = '<h2>Thank you, Jane!</h2><h3>Your order is confirmed</h3>';
    ctx = await startDetectors([checkout]);
    await settle();
    expect(await outbox()).toEqual([]);
    expect(await savedFlow('checkout')).toBeNull();
    document.head.innerHTML = '';
  });

  it('stays away from the sites of the named self-service detectors', () => {
    expect(checkout.matches(new URL('https://www.amazon.fr/gp/buy/thankyou/handlers/display.html'))).toBe(false);
    expect(checkout.matches(new URL('https://mabanque.bnpparibas/fr/espace-client'))).toBe(false);
    expect(checkout.matches(new URL('https://www.example-shop.fr/commande'))).toBe(true);
  });
});
