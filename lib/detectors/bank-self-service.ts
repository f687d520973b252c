import type { ActivityClock } from '../activity-clock';
import { pageSays, plain, TRANSFER_SENT } from './shared/completion';
import { buttonName, hasUserActivation } from './shared/dom';
import { controlOf, isFilledField, onWork, trackFlow } from './shared/flow';
import { BANK_HOSTS } from './shared/self-service-sites';
import { matchesSites } from './shared/sites';
import { defineDetector } from './types';

/**
 * Self-service in online banking, on the banks of lib/detectors/shared/banks.ts: a transfer
 * (beneficiary, IBAN or account number, amount, then review and strong authentication),
 * recorded when the bank says it is sent ("Virement effectué", "Überweisung ausgeführt",
 * "Transfer complete"); and a statement downloaded, recorded on the trusted click of its
 * download link or button, with the time spent choosing it.
 */
const SITES = BANK_HOSTS.map((host) => `https://${host}/*`);
const TRANSFER_WORDS =
  /virement|transfer|payment|payee|pay someone|send money|zelle|beneficiaire|uberweis|uberweisung|zahlung|empfanger|transferencia|iban/;
const STATEMENT_WORDS = /statement|releve|kontoauszug|extracto/;
const DOWNLOAD_WORDS = /download|telecharg|herunterlad|descarg|pdf|csv|ofx|qif/;
const TRANSFER_FIELD = '[autocomplete="transaction-amount"], [name*="iban"], [id*="iban"]';
const DOWNLOAD_CONTROL = 'a[href], button, [role="button"]';
const MAX_CONTEXT_TEXT = 300;

/** Words of a page: its address (with a single-page app's fragment) and its main headings. */
function pageWords(doc: Document, url: URL): string {
  const headings = [...doc.querySelectorAll('h1, h2')].slice(0, 5).map((h) => h.textContent ?? '');
  return plain(`${url.pathname} ${url.hash} ${doc.title} ${headings.join(' ')}`);
}

/** A link or button that downloads a statement: its name says download, its name, row or page says statement. */
function isStatementDownload(control: Element, statementsPage: boolean): boolean {
  const href = control.getAttribute('href') ?? '';
  const name = plain(`${buttonName(control)} ${control.getAttribute('title') ?? ''} ${href}`);
  const downloads = control.hasAttribute('download') || DOWNLOAD_WORDS.test(name);
  if (!downloads || control.closest('header, footer, nav')) return false;
  const row = control.closest('tr, li, [role="row"]')?.textContent?.slice(0, MAX_CONTEXT_TEXT) ?? '';
  return statementsPage || STATEMENT_WORDS.test(name) || STATEMENT_WORDS.test(plain(row));
}

export default defineDetector({
  id: 'bank-self-service',
  category: 'selfservice',
  sites: SITES,
  matches: matchesSites(SITES),
  start(ctx) {
    if (ctx.window !== ctx.window.top) return () => {};
    const doc = ctx.document;
    const transfer = trackFlow(ctx, {
      kind: 'bank.transfer',
      isCompleted: () => pageSays(doc, TRANSFER_SENT),
    });

    let lookedAt: URL | null = null;
    let page: 'transfer' | 'statements' | null = null;
    const pageKind = () => {
      const url = ctx.url; // the same object while the address is the same
      if (url !== lookedAt) {
        lookedAt = url;
        const words = pageWords(doc, url);
        if (TRANSFER_WORDS.test(words) || doc.querySelector(TRANSFER_FIELD)) page = 'transfer';
        else page = STATEMENT_WORDS.test(words) ? 'statements' : null;
      }
      return page;
    };

    let choosing: ActivityClock = ctx.newClock();
    const filters = new Set<Element>();
    onWork(ctx, (event) => {
      const control = controlOf(event);
      const kind = control ? pageKind() : null;
      if (kind === 'transfer') transfer.work(event);
      if (kind !== 'statements') return;
      choosing.input(event.timeStamp);
      if (event.type === 'change' && control && isFilledField(control)) filters.add(control);
    });
    ctx.onTrusted(
      doc,
      'click',
      (event) => {
        const control = event.target instanceof Element ? event.target.closest(DOWNLOAD_CONTROL) : null;
        if (!control || !isStatementDownload(control, pageKind() === 'statements') || !hasUserActivation(ctx.window)) {
          return;
        }
        choosing.input(event.timeStamp);
        ctx.record({ kind: 'bank.statement', units: { fields: filters.size }, clock: choosing });
        choosing = ctx.newClock();
        filters.clear();
      },
      { capture: true, passive: true },
    );

    transfer.check();
    return () => {};
  },
});

// Made for: https://mabanque.bnpparibas (Virements, Relevés), https://particuliers.sg.fr,
// https://www.credit-agricole.fr/ca-*/particulier/operations/…, https://meine.deutsche-bank.de/trxm/db/,
// https://kunden.commerzbank.de/banking/…, https://bank.barclays.co.uk/olb/…, https://online.lloydsbank.co.uk,
// https://secure.chase.com/web/auth/dashboard#/dashboard/…, https://secure.bankofamerica.com/…,
// https://connect.secure.wellsfargo.com/… — the banks listed in lib/detectors/shared/banks.ts.
