import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import checkout from '@/lib/detectors/checkout';
import sncfConnectBooking from '@/lib/detectors/sncf-connect-booking';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { goTo, serveFlows, settle } from '../support/flows';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const APP = 'https://www.sncf-connect.com/app/home/shop';

/** SNCF Connect is a single-page application: the next screen replaces the last one without loading a page. */
function nextScreen(path: string, fixture: () => void): void {
  window.history.pushState(null, '', path);
  fixture();
}
const afterTheChecks = () => new Promise((done) => setTimeout(done, 600));

describe('sncf-connect-booking detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => serveFlows());
  afterEach(() => ctx?.abort());

  async function bookUpToPayment(actor = person): Promise<void> {
    goTo(`${APP}/passengers`);
    loadFixture('sites/www.sncf-connect.com/app/home/shop/passengers.html');
    ctx = await startDetectors([sncfConnectBooking, checkout]);
    actor.check($('#civility-0-madam'));
    actor.fill($('#firstName-0'), 'Camille');
    actor.fill($('#lastName-0'), 'Martin');
    actor.fill($('#dateOfBirth-0'), '12/04/1990');
    actor.fill($('#buyer-email'), 'camille@example.org');
    actor.click($('#continue'));
    nextScreen('/app/home/shop/payment', () => loadFixture('sites/www.sncf-connect.com/app/home/shop/payment.html'));
    actor.check($('#means-paypal'));
    actor.check($('#cgv'));
    actor.click($('#pay'));
  }

  it('records the booking once when the order is confirmed, across the screens of the app', async () => {
    await bookUpToPayment();
    nextScreen('/app/home/shop/confirmation', () =>
      loadFixture('sites/www.sncf-connect.com/app/home/shop/confirmation.html'),
    );
    await afterTheChecks();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'booking.completed',
      category: 'selfservice',
      detector: 'sncf-connect-booking',
      host: 'www.sncf-connect.com',
      units: { fields: 7, steps: 2 },
    });
  });

  it('records nothing more when the confirmation is reloaded', async () => {
    await bookUpToPayment();
    nextScreen('/app/home/shop/confirmation', () =>
      loadFixture('sites/www.sncf-connect.com/app/home/shop/confirmation.html'),
    );
    await afterTheChecks();
    ctx?.abort();
    await settle();
    goTo(`${APP}/confirmation`);
    loadFixture('sites/www.sncf-connect.com/app/home/shop/confirmation.html');
    ctx = await startDetectors([sncfConnectBooking, checkout]);
    await settle();
    expect(await outbox()).toHaveLength(1);
  });

  it('records nothing for a booking abandoned at the payment', async () => {
    await bookUpToPayment();
    nextScreen('/app/home', () => {
      document.body.innerHTML = '<main><h1>Où allons-nous ?</h1></main>';
    });
    await afterTheChecks();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing when a page script fills the booking in', async () => {
    await bookUpToPayment(pageScript);
    nextScreen('/app/home/shop/confirmation', () =>
      loadFixture('sites/www.sncf-connect.com/app/home/shop/confirmation.html'),
    );
    await afterTheChecks();
    expect(await outbox()).toEqual([]);
  });

  it('follows the booking application, not the account pages', () => {
    expect(sncfConnectBooking.matches(new URL(`${APP}/results/outward`))).toBe(true);
    expect(sncfConnectBooking.matches(new URL('https://www.sncf-connect.com/app/en-en/search'))).toBe(true);
    expect(sncfConnectBooking.matches(new URL('https://www.sncf-connect.com/app/account/profile'))).toBe(false);
    expect(sncfConnectBooking.matches(new URL('https://www.sncf-connect.com/aide'))).toBe(false);
  });
});
