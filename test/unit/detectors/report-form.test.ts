import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import reportForm from '@/lib/detectors/report-form';
import reviewForm from '@/lib/detectors/review-form';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** What YouTube's own script does: the chosen reason is checked, and "Next" shows the second pane. */
function youtube() {
  return {
    choose(id: string) {
      for (const radio of document.querySelectorAll('[role="radio"]'))
        radio.setAttribute('aria-checked', String(radio.id === id));
    },
    nextPane() {
      $<HTMLElement>('#reasons-pane').hidden = true;
      $<HTMLElement>('#details-pane').hidden = false;
    },
  };
}

describe('report-form detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  describe('a report dialog in two panes (sites/www.youtube.com/watch.html)', () => {
    it('records the reason and the description when the person sends the report', async () => {
      loadFixture('sites/www.youtube.com/watch.html');
      ctx = await startDetectors([reportForm, reviewForm]);
      const page = youtube();
      person.click($('#reason-spam'));
      page.choose('reason-spam');
      person.click($('#next'));
      page.nextPane();
      person.type($('#details'), 'Links to a fake shop');
      person.click($('#submit-report'));
      const entries = await outbox();
      expect(entries).toHaveLength(1);
      expect(entries[0]?.event).toMatchObject({
        kind: 'feedback.reported',
        category: 'feedback',
        detector: 'report-form',
        units: { answers: 2, chars: 20 },
      });
      expect(JSON.stringify(entries)).not.toContain('fake shop');
    });

    it('records nothing when the person cancels', async () => {
      loadFixture('sites/www.youtube.com/watch.html');
      ctx = await startDetectors([reportForm]);
      person.click($('#reason-violent'));
      youtube().choose('reason-violent');
      person.click($('#cancel'));
      ctx.abort();
      expect(await outbox()).toEqual([]);
    });

    it('records nothing from a report the page files itself', async () => {
      loadFixture('sites/www.youtube.com/watch.html');
      ctx = await startDetectors([reportForm]);
      pageScript.click($('#reason-rights'));
      youtube().choose('reason-rights');
      pageScript.click($('#next'));
      pageScript.click($('#submit-report'));
      person.click($('#submit-report')); // a real click on a report the person never filled
      expect(await outbox()).toEqual([]);
    });
  });

  it('records a French listing report sent from a form', async () => {
    document.body.innerHTML = `
      <form id="signalement" action="/signalement"><h2>Signaler l'annonce</h2>
        <label><input type="radio" name="motif" id="arnaque" value="arnaque"> Arnaque</label>
        <label><input type="radio" name="motif" value="doublon"> Doublon</label>
        <label for="precisions">Précisions</label><textarea id="precisions" name="precisions"></textarea>
        <button type="submit">Envoyer</button></form>`;
    ctx = await startDetectors([reportForm]);
    person.check($('#arnaque'));
    person.submit($('#signalement'));
    expect((await outbox()).map((e) => e.event.units)).toEqual([{ answers: 1 }]);
  });

  it('leaves dialogs about exporting a report alone', async () => {
    document.body.innerHTML = `
      <div role="dialog" aria-label="Export report"><h2>Export report</h2>
        <label><input type="radio" name="format" id="csv"> CSV</label><label><input type="radio" name="format"> PDF</label>
        <button type="button" id="go">Submit</button></div>`;
    ctx = await startDetectors([reportForm]);
    person.check($('#csv'));
    person.click($('#go'));
    expect(await outbox()).toEqual([]);
  });
});
