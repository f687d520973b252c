import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import vintedListing from '@/lib/detectors/vinted-listing';
import { personWrites, sendsWithScript, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

describe('vinted-listing detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://www.vinted.fr/items/new'));

  it("records an item once Vinted opens the new item's page", async () => {
    loadFixture('sites/www.vinted.fr/items/new.html');
    sendsWithScript();
    ctx = await startDetectors([vintedListing]);
    personWrites.choose($('[data-testid="add-photos-input"]'), 2);
    person.type($('#title'), 'Bouilloire inox');
    person.type($('#description'), 'Détartrée, comme neuve.');
    person.type($('#price'), '12');
    person.click($('[data-testid="upload-form-save-button"]'));
    visit('https://www.vinted.fr/items/5551234-bouilloire-inox');
    await settle();
    expect((await outbox()).map((e) => e.event)).toMatchObject([
      { kind: 'listing.published', detector: 'vinted-listing', host: 'www.vinted.fr', units: { photos: 2, fields: 3 } },
    ]);
  });

  it('records nothing for a saved draft, an abandoned form, or one a page script fills in', async () => {
    loadFixture('sites/www.vinted.fr/items/new.html');
    sendsWithScript();
    ctx = await startDetectors([vintedListing]);
    person.type($('#title'), 'Bouilloire');
    person.click($('[data-testid="upload-form-save-draft-button"]'));
    await settle();
    ctx.abort();
    loadFixture('sites/www.vinted.fr/items/new.html');
    sendsWithScript();
    ctx = await startDetectors([vintedListing]);
    pageScript.type($('#title'), 'Contrefaçon');
    person.click($('[data-testid="upload-form-save-button"]'));
    visit('https://www.vinted.fr/items/1-contrefacon');
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
