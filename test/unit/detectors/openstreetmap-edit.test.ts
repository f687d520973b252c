import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import openstreetmapEdit from '@/lib/detectors/openstreetmap-edit';
import { settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const count = () => $('button.save .count');

/** What iD does: each point drawn is an unsaved edit; Save opens the upload panel. */
function addPoints(n: number, by = person) {
  for (let i = 0; i < n; i++) {
    by.click($('.add-point'));
    by.click($('svg.surface'));
    count().textContent = String(Number(count().textContent) + 1);
  }
}
function openUploadPanel() {
  person.click($('button.save'));
  $('.inspector-wrap').replaceChildren($<HTMLTemplateElement>('#commit').content.cloneNode(true));
}

describe('openstreetmap-edit detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());
  beforeEach(() => visit('https://www.openstreetmap.org/edit#map=18/48.85/2.35'));

  it('records a changeset once iD shows its success panel', async () => {
    loadFixture('sites/www.openstreetmap.org/edit.html');
    ctx = await startDetectors([openstreetmapEdit]);
    addPoints(3);
    openUploadPanel();
    person.type($('#preset-input-comment'), 'Added benches');
    person.click($('.save-section .save-button'));
    await settle();
    expect(await outbox()).toEqual([]); // uploading
    $('.inspector-wrap').innerHTML = '<div class="save-success sep-top"><h3>You just edited OpenStreetMap!</h3></div>';
    count().textContent = '0';
    await settle();
    expect((await outbox()).map((e) => e.event)).toMatchObject([
      {
        kind: 'map.edited',
        category: 'content',
        detector: 'openstreetmap-edit',
        host: 'www.openstreetmap.org',
        units: { fields: 3, chars: 13 },
      },
    ]);
  });

  it('records nothing for an upload cancelled or failed, or edits a page script makes up', async () => {
    loadFixture('sites/www.openstreetmap.org/edit.html');
    ctx = await startDetectors([openstreetmapEdit]);
    addPoints(1);
    openUploadPanel();
    person.click($('.save-section .cancel-button'));
    await settle();
    ctx.abort();
    loadFixture('sites/www.openstreetmap.org/edit.html');
    ctx = await startDetectors([openstreetmapEdit]);
    addPoints(4, pageScript);
    openUploadPanel();
    person.click($('.save-section .save-button'));
    count().textContent = '0';
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
