import { describe, expect, it } from 'vitest';
import { eventually } from '../harness/driver.ts';
import { BROWSERS, useBrowser } from '../harness/suite.ts';

type StoredEvent = Record<string, unknown> & { units: Record<string, number>; activeMs: number };

describe.each(BROWSERS)('in %s, self-service work', (_name, launch) => {
  const env = useBrowser(launch);

  /**
   * The events stored so far that `keep` keeps, once there are at least `count`. Each look opens
   * an extension page; Firefox's remote protocol now and then fails one while another page loads:
   * that look is simply tried again.
   */
  const stored = (keep: (event: Record<string, unknown>) => boolean, count = 1) =>
    eventually(
      async () => {
        const events = await env.driver.database().then(
          (db) => db.events.filter(keep),
          () => [],
        );
        return events.length >= count ? (events as StoredEvent[]) : undefined;
      },
      15_000,
      `${count} event(s)`,
    );
  const byDetector = (detector: string) => (event: Record<string, unknown>) => event.detector === detector;
  const onSite = (site: string) => (event: Record<string, unknown>) => event.site === site;
  /** Gives a late duplicate every chance to show up. */
  const aWhile = () => new Promise((done) => setTimeout(done, 2500));

  it('a checkout over four pages of a shop is recorded once, on its confirmation, and not again on reload', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://www.example-shop.fr/panier?action=show');
    await page.type('#qty-12', '2', 80);
    await page.click('#to-checkout');
    await page.waitForUrl(/\/commande$/);

    await page.type('#field-firstname', 'Camille', 60);
    await page.type('#field-lastname', 'Martin', 60);
    await page.type('#field-address1', '12 rue des Lilas', 60);
    await page.type('#field-postcode', '69003', 60);
    await page.type('#field-city', 'Lyon', 60);
    await page.click('button[name="confirm-addresses"]');
    await page.waitForUrl(/\/commande\/paiement/);

    await page.click('label[for="delivery_option_3"]');
    await page.click('label[for="payment-option-2"]');
    await page.type('#card-number', '4970100000000000', 40);
    await page.type('#card-expiry', '1229', 60);
    await page.type('#card-cvc', '123', 60);
    await page.click('label[for="conditions_to_approve[terms-and-conditions]"]');
    await page.click('#payment-confirmation button');
    await page.waitForUrl(/confirmation-commande/);

    const [event] = await stored(byDetector('checkout'));
    expect(event).toMatchObject({
      kind: 'checkout.completed',
      category: 'selfservice',
      site: 'example-shop.fr',
      beneficiary: 'example-shop.fr',
      units: { steps: 3 },
    });
    // 1 quantity + 5 address fields + delivery, payment, 3 card fields and the terms.
    expect(event?.units.fields).toBe(12);
    // Keys 40–80 ms apart on three pages: seconds of work, never more than the time it took.
    expect(event?.activeMs).toBeGreaterThan(2000);
    expect(event?.activeMs).toBeLessThanOrEqual((event?.endedAt as number) - (event?.startedAt as number));

    await page.goto('https://www.example-shop.fr/confirmation-commande?id_cart=4417&id_module=31&id_order=1203');
    await page.waitFor('#content-hook_order_confirmation');
    await aWhile();
    expect(await stored(byDetector('checkout'))).toHaveLength(1);
    await page.close();
  });

  it('an Amazon order is recorded once by the Amazon detector, and not again on reload', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://www.amazon.fr/gp/buy/spc/handlers/display.html?hasWorkingJavascript=1');
    await page.click('label[for="pp-sepa"]');
    await page.click('[name="ppw-widgetEvent:SetPaymentPlanSelectContinueEvent"]');
    await page.click('label[for="speed-next"]');
    await page.click('input[name="placeYourOrder1"]');
    await page.waitForUrl(/thankyou/);

    const [event] = await stored(byDetector('amazon-checkout'));
    expect(event).toMatchObject({
      kind: 'checkout.completed',
      site: 'amazon.fr',
      beneficiary: 'Amazon',
      units: { fields: 2, steps: 1 },
    });
    await page.goto('https://www.amazon.fr/gp/buy/thankyou/handlers/display.html?purchaseId=106-3416584-7791432');
    await page.waitFor('#widget-purchaseConfirmationStatus');
    await aWhile();
    expect(await stored(byDetector('amazon-checkout'))).toHaveLength(1);
    expect(await stored(onSite('amazon.fr'))).toHaveLength(1);
    await page.close();
  });

  it('a Shopify checkout on the shop’s own domain is recorded once, by the Shopify detector only', async () => {
    const page = await env.driver.newPage();
    await page.goto('https://www.allbirds.com/checkouts/cn/hWN2pDTlCMJoVn3HUDvQHNgm');
    await page.type('#email', 'jane@example.org', 40);
    await page.type('[name=firstName]', 'Jane', 60);
    await page.type('[name=lastName]', 'Doe', 60);
    await page.type('[name=address1]', '1 Market St', 40);
    await page.type('[name=postalCode]', '94105', 60);
    await page.click('label[for="shipping_methods-1"]');
    await page.click('#checkout-pay-button');
    await page.waitForUrl(/thank-you/);

    const [event] = await stored(byDetector('shopify-checkout'));
    expect(event).toMatchObject({ kind: 'checkout.completed', site: 'allbirds.com', units: { fields: 6, steps: 1 } });
    await aWhile();
    expect(await stored(onSite('allbirds.com'))).toHaveLength(1);
    await page.close();
  });
});
