import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import leboncoinListing from '@/lib/detectors/leboncoin-listing';
import { personWrites, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** leboncoin's steps: each "Continuer" replaces the step with the next one. */
function nextStep() {
  const steps = [...document.querySelectorAll<HTMLElement>('.step')];
  const current = steps.findIndex((step) => !step.hidden);
  steps[current]?.remove();
  const next = steps[current + 1];
  if (next) next.hidden = false;
}
const visible = <T extends Element = HTMLInputElement>(selector: string) => $<T>(`.step:not([hidden]) ${selector}`);

describe('leboncoin-listing detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://www.leboncoin.fr/deposer-une-annonce'));

  it('records an ad sent through every step once leboncoin confirms it', async () => {
    loadFixture('sites/www.leboncoin.fr/deposer-une-annonce.html');
    ctx = await startDetectors([leboncoinListing]);
    person.type(visible('#subject'), 'Bouilloire inox');
    person.click(visible('.next'));
    nextStep();
    person.type(visible<HTMLTextAreaElement>('#body'), 'Très bon état, détartrée.');
    personWrites.choose(visible('#photos'), 3);
    person.type(visible('#price'), '15');
    person.click(visible('.next'));
    nextStep();
    await settle();
    expect(await outbox()).toEqual([]); // "Continuer" moves on; nothing is published yet
    person.click(visible('.deposit'));
    $('#mainContent').innerHTML = '<h1>Merci ! Votre annonce a bien été envoyée.</h1>';
    await settle();
    expect((await outbox()).map((e) => e.event)).toMatchObject([
      {
        kind: 'listing.published',
        detector: 'leboncoin-listing',
        host: 'www.leboncoin.fr',
        units: { photos: 3, fields: 3 },
      },
    ]);
  });

  it('records nothing for an ad left before the end, or made up by a page script', async () => {
    loadFixture('sites/www.leboncoin.fr/deposer-une-annonce.html');
    ctx = await startDetectors([leboncoinListing]);
    person.type(visible('#subject'), 'Vélo');
    person.click(visible('.next'));
    nextStep();
    await settle();
    ctx.abort();
    loadFixture('sites/www.leboncoin.fr/deposer-une-annonce.html');
    ctx = await startDetectors([leboncoinListing]);
    pageScript.type(visible('#subject'), 'Arnaque');
    person.click(visible('.next'));
    nextStep();
    nextStep();
    person.click(visible('.deposit'));
    $('#mainContent').innerHTML = '<h1>Merci ! Votre annonce a bien été envoyée.</h1>';
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
