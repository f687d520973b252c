import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import bankSelfService from '@/lib/detectors/bank-self-service';
import { BANKS } from '@/lib/detectors/shared/banks';
import { beneficiaryOf, siteOf } from '@/lib/site';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { goTo, leave, serveFlows, settle } from '../support/flows';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const CLIENT = 'https://mabanque.bnpparibas/fr/espace-client';

describe('bank-self-service detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => serveFlows());
  afterEach(() => ctx?.abort());

  async function fillTransfer(actor = person): Promise<void> {
    goTo(`${CLIENT}/virements`);
    loadFixture('sites/mabanque.bnpparibas/fr/espace-client/virements/index.html');
    ctx = await startDetectors([bankSelfService]);
    actor.choose($('#compte-debit'), 'c1');
    actor.check($('#benef-nouveau'));
    actor.fill($('#beneficiaire-nom'), 'Léo Martin');
    actor.fill($('#beneficiaire-iban'), 'FR76 3000 6000 0112 3456 7890 189');
    actor.fill($('#montant'), '250');
    actor.click($('#valider'));
    $('#recapitulatif').removeAttribute('hidden');
    actor.click($('#confirmer'));
    await leave(ctx);
  }

  async function reachConfirmation(): Promise<void> {
    goTo(`${CLIENT}/virements/confirmation`);
    loadFixture('sites/mabanque.bnpparibas/fr/espace-client/virements/confirmation.html');
    ctx = await startDetectors([bankSelfService]);
    await settle();
  }

  describe('a transfer', () => {
    it('is recorded once when the bank says it is done', async () => {
      await fillTransfer();
      await reachConfirmation();
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({
        kind: 'bank.transfer',
        category: 'selfservice',
        detector: 'bank-self-service',
        host: 'mabanque.bnpparibas',
        units: { fields: 5, steps: 1 },
      });
      // The id and the times are numbers and hex that may hold any digits: what was typed is looked for elsewhere.
      const text = JSON.stringify(
        entries.map(({ event: { id: _id, startedAt: _start, endedAt: _end, activeMs: _active, ...rest } }) => rest),
      );
      for (const typed of ['FR76', '250', 'Léo']) expect(text).not.toContain(typed);
    });

    it('is not recorded again when the confirmation is reloaded', async () => {
      await fillTransfer();
      await reachConfirmation();
      await leave(ctx as ContentScriptContext);
      await reachConfirmation();
      expect(await outbox()).toHaveLength(1);
    });

    it('is not recorded when abandoned before the confirmation', async () => {
      await fillTransfer();
      goTo(`${CLIENT}/comptes`);
      document.body.innerHTML = '<main><h1>Mes comptes</h1></main>';
      ctx = await startDetectors([bankSelfService]);
      await settle();
      expect(await outbox()).toEqual([]);
    });

    it('is not recorded when a page script fills it in', async () => {
      await fillTransfer(pageScript);
      await reachConfirmation();
      expect(await outbox()).toEqual([]);
    });

    it.each([
      ['Überweisung ausgeführt', 'https://meine.deutsche-bank.de/trxm/db/'],
      ['Your transfer has been scheduled', 'https://secure.chase.com/web/auth/dashboard#/dashboard/payTransfer'],
      ['Payment sent', 'https://bank.barclays.co.uk/olb/payments/make-payment'],
    ])('is recognised as done from "%s" in a single-page app (%s)', async (message, url) => {
      goTo(url);
      document.body.innerHTML =
        '<main><h1>Transfer / Überweisung</h1><label for="amount">Amount</label><input id="amount" autocomplete="transaction-amount"><button id="send">Send</button></main>';
      ctx = await startDetectors([bankSelfService]);
      person.fill($('#amount'), '20');
      person.click($('#send'));
      document.body.innerHTML = `<main><div role="status"><h2>${message}</h2></div></main>`;
      await new Promise((done) => setTimeout(done, 600));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event.kind).toBe('bank.transfer');
    });
  });

  describe('a statement', () => {
    it('is recorded when the person downloads it, with the filters they set', async () => {
      goTo(`${CLIENT}/releves`);
      loadFixture('sites/mabanque.bnpparibas/fr/espace-client/releves.html');
      ctx = await startDetectors([bankSelfService]);
      person.choose($('#annee'), '2025');
      person.click($('a[href$="releve-2026-09.pdf"]'));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({ kind: 'bank.statement', units: { fields: 1 } });
    });

    it('is not recorded for other downloads, or for a click the page makes', async () => {
      goTo(`${CLIENT}/releves`);
      loadFixture('sites/mabanque.bnpparibas/fr/espace-client/releves.html');
      ctx = await startDetectors([bankSelfService]);
      person.click($('nav a[download]')); // the bank's app, in the menu
      pageScript.click($('a[href$="releve-2026-10.pdf"]'));
      await settle();
      expect(await outbox()).toEqual([]);
    });
  });

  it('knows a few big banks of each country, each named as the company that profits', () => {
    expect(new Set(BANKS.map((bank) => bank.country))).toEqual(new Set(['FR', 'DE', 'GB', 'US']));
    for (const bank of BANKS) {
      for (const host of bank.hosts) {
        expect(bankSelfService.matches(new URL(`https://${host}/`))).toBe(true);
        expect(beneficiaryOf(siteOf(host))).not.toBe(siteOf(host));
      }
    }
    expect(bankSelfService.matches(new URL('https://www.example-bank.com/transfer'))).toBe(false);
  });
});
