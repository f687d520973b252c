import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import zooniverseClassification from '@/lib/detectors/zooniverse-classification';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { visit } from '../support/site';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** What the classifier does: "Done" is enabled once the task is answered. */
function enableDone(): void {
  $<HTMLButtonElement>('#done').disabled = false;
  $('#done-and-talk').setAttribute('aria-disabled', 'false');
}

/** "Done & Talk" opens Talk in a new tab; the test document stays on the classifier. */
const stayOnPage = (event: Event) => event.preventDefault();

describe('zooniverse-classification detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => document.addEventListener('click', stayOnPage, true));
  afterEach(() => {
    document.removeEventListener('click', stayOnPage, true);
    ctx?.abort();
  });

  const openClassifier = async () => {
    visit('https://www.zooniverse.org/projects/zookeeper/galaxy-zoo/classify');
    loadFixture('sites/www.zooniverse.org/projects/zookeeper/galaxy-zoo/classify.html');
    ctx = await startDetectors([zooniverseClassification]);
  };

  it('records a classification for "Done" and another for "Done & Talk"', async () => {
    await openClassifier();
    person.click($('#subject'));
    person.check($('input[name="T0"][value="1"]'));
    enableDone();
    person.click($('#done'));
    person.check($('input[name="T0"][value="0"]'));
    enableDone();
    person.click($('#done-and-talk span'));
    const entries = await outbox();
    expect(entries.map((e) => e.event.kind)).toEqual(['play.classified', 'play.classified']);
    expect(entries[0]?.event).toMatchObject({
      category: 'play',
      detector: 'zooniverse-classification',
      host: 'www.zooniverse.org',
      units: { tasks: 1 },
    });
  });

  it('records nothing for a subject looked at and left, nor for "Done" while it is disabled', async () => {
    await openClassifier();
    person.click($('[aria-label="Zoom in on subject"]'));
    person.click($('#done'));
    person.check($('input[name="T0"][value="2"]'));
    ctx?.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing for a classification a page script submits', async () => {
    await openClassifier();
    pageScript.check($('input[name="T0"][value="1"]'));
    enableDone();
    pageScript.click($('#done'));
    person.click($('#done')); // a real click, but the person answered nothing
    expect(await outbox()).toEqual([]);
  });

  it('knows "Done" in the project\'s language, and is not started outside the classify page', async () => {
    visit('https://www.zooniverse.org/projects/zookeeper/galaxy-zoo/about');
    expect(zooniverseClassification.matches(new URL(location.href))).toBe(false);
    await openClassifier();
    $('#done span').textContent = 'Valider';
    person.check($('input[name="T0"][value="1"]'));
    enableDone();
    person.click($('#done'));
    expect(await outbox()).toHaveLength(1);
  });
});
