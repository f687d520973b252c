import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import airfranceCheckin from '@/lib/detectors/airfrance-checkin';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { goTo, serveFlows, settle } from '../support/flows';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const afterTheChecks = () => new Promise((done) => setTimeout(done, 600));

describe('airfrance-checkin detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => serveFlows());
  afterEach(() => ctx?.abort());

  async function checkInUpToConfirm(actor = person): Promise<void> {
    goTo('https://wwws.airfrance.fr/check-in');
    loadFixture('sites/wwws.airfrance.fr/check-in/index.html');
    ctx = await startDetectors([airfranceCheckin]);
    actor.fill($('#bookingCode'), 'HG4T2K');
    actor.fill($('#lastName'), 'Martin');
    actor.click($('#search-booking'));
    window.history.pushState(null, '', '/check-in/passengers');
    $('#passengers').removeAttribute('hidden');
    actor.check($('#passenger-2'));
    actor.choose($('#nationality-1'), 'FR');
    actor.fill($('#document-1'), '18AB12345');
    actor.click($('#confirm-check-in'));
  }

  function boardingPass(): void {
    window.history.pushState(null, '', '/check-in/boarding-pass');
    loadFixture('sites/wwws.airfrance.fr/check-in/boarding-pass.html');
  }

  it('records the check-in once when the passengers are checked in', async () => {
    await checkInUpToConfirm();
    boardingPass();
    await afterTheChecks();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'checkin.completed',
      category: 'selfservice',
      detector: 'airfrance-checkin',
      host: 'wwws.airfrance.fr',
      units: { fields: 5, steps: 2 },
    });
    expect(JSON.stringify(entries)).not.toContain('HG4T2K');
  });

  it('records nothing more when the boarding pass page is loaded again', async () => {
    await checkInUpToConfirm();
    boardingPass();
    await afterTheChecks();
    ctx?.abort();
    await settle();
    goTo('https://wwws.airfrance.fr/check-in/boarding-pass');
    loadFixture('sites/wwws.airfrance.fr/check-in/boarding-pass.html');
    ctx = await startDetectors([airfranceCheckin]);
    await settle();
    expect(await outbox()).toHaveLength(1);
  });

  it('records nothing for a check-in left before confirming', async () => {
    await checkInUpToConfirm();
    ctx?.abort();
    await settle();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing when a page script goes through the check-in', async () => {
    await checkInUpToConfirm(pageScript);
    boardingPass();
    await afterTheChecks();
    expect(await outbox()).toEqual([]);
  });

  it.each([
    ['You’re checked in', 'en'],
    ['Sie sind eingecheckt', 'de'],
    ['Ya has hecho el check-in', 'es'],
    ['Your boarding passes are ready', 'en'],
  ])('reads "%s" (%s) as done', async (heading) => {
    await checkInUpToConfirm();
    window.history.pushState(null, '', '/check-in/done');
    document.body.innerHTML = `<main><h1>${heading}</h1></main>`;
    await afterTheChecks();
    expect(await outbox()).toHaveLength(1);
  });

  it('loads with the check-in of every Air France site', () => {
    for (const url of [
      'https://wwws.airfrance.com/check-in',
      'https://wwws.airfrance.us/en/check-in/passengers',
      'https://wwws.airfrance.co.uk/check-in',
    ]) {
      expect(airfranceCheckin.matches(new URL(url))).toBe(true);
    }
    expect(airfranceCheckin.matches(new URL('https://wwws.airfrance.fr/search/offers'))).toBe(false);
  });
});
