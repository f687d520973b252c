import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import amazonCheckout from '@/lib/detectors/amazon-checkout';
import checkout from '@/lib/detectors/checkout';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { goTo, leave, savedFlow, serveFlows, settle } from '../support/flows';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const CHECKOUT = 'https://www.amazon.fr/gp/buy/spc/handlers/display.html?hasWorkingJavascript=1';
const THANK_YOU = 'https://www.amazon.fr/gp/buy/thankyou/handlers/display.html?purchaseId=106-3416584-7791432';

describe('amazon-checkout detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => serveFlows());
  afterEach(() => ctx?.abort());

  async function checkOut(actor = person): Promise<void> {
    goTo(CHECKOUT);
    loadFixture('sites/www.amazon.fr/gp/buy/spc/handlers/display.html');
    ctx = await startDetectors([amazonCheckout, checkout]);
    actor.check($('#pp-sepa'));
    actor.click($('[name="ppw-widgetEvent:SetPaymentPlanSelectContinueEvent"]'));
    actor.check($('#speed-next'));
    actor.click($('input[name="placeYourOrder1"]'));
    actor.submit($('#spc-form'));
    await leave(ctx);
  }

  async function reachThankYou(): Promise<void> {
    goTo(THANK_YOU);
    loadFixture('sites/www.amazon.fr/gp/buy/thankyou/handlers/display.html');
    ctx = await startDetectors([amazonCheckout, checkout]);
    await settle();
  }

  it('records the order once on "Commande passée, merci !", with the choices made', async () => {
    await checkOut();
    await reachThankYou();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'checkout.completed',
      category: 'selfservice',
      detector: 'amazon-checkout',
      host: 'www.amazon.fr',
      units: { fields: 2, steps: 1 },
    });
  });

  it('records nothing more when the thank-you page is reloaded', async () => {
    await checkOut();
    await reachThankYou();
    await leave(ctx as ContentScriptContext);
    await reachThankYou();
    expect(await outbox()).toHaveLength(1);
  });

  it('records nothing for a checkout left before placing the order', async () => {
    goTo(CHECKOUT);
    loadFixture('sites/www.amazon.fr/gp/buy/spc/handlers/display.html');
    ctx = await startDetectors([amazonCheckout, checkout]);
    person.check($('#pp-sepa'));
    await leave(ctx);
    expect(await savedFlow('amazon-checkout')).not.toBeNull();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing when a page script clicks through the checkout', async () => {
    await checkOut(pageScript);
    await reachThankYou();
    expect(await outbox()).toEqual([]);
  });

  it('loads with Amazon checkout pages of every country, and only there', () => {
    expect(amazonCheckout.sites).toContain('https://www.amazon.com/checkout/*');
    for (const url of [
      'https://www.amazon.com/checkout/p/p-106-7044535-6467434/spc?pipelineType=Chewbacca',
      'https://www.amazon.de/gp/buy/addressselect/handlers/display.html',
      'https://www.amazon.co.uk/gp/buy/thankyou/handlers/display.html',
    ]) {
      expect(amazonCheckout.matches(new URL(url))).toBe(true);
    }
    expect(amazonCheckout.matches(new URL('https://www.amazon.fr/dp/B0TEST0005'))).toBe(false);
    expect(amazonCheckout.matches(new URL('https://www.amazon.fr.example.com/gp/buy/spc/'))).toBe(false);
  });
});
