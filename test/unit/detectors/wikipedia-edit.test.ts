import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import wikipediaEdit from '@/lib/detectors/wikipedia-edit';
import { personWrites, sendsWithScript, settle, visit } from '../support/composer';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const leaving = () =>
  window.dispatchEvent(Object.defineProperty(new Event('beforeunload'), 'isTrusted', { value: true }));

function paste(el: Element, text: string) {
  const event = new Event('paste', { bubbles: true }) as ClipboardEvent;
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text, files: { length: 0 } } });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

describe('wikipedia-edit detector', () => {
  let ctx: ContentScriptContext | undefined;
  afterEach(() => ctx?.abort());

  it('records an edit published from the source editor, counting what was typed and pasted', async () => {
    visit('https://it.wikipedia.org/wiki/Bollitore?action=edit');
    loadFixture('sites/it.wikipedia.org/wiki/Bollitore.html');
    sendsWithScript();
    ctx = await startDetectors([wikipediaEdit]);
    person.type($('#wpTextbox1'), 'Il primo bollitore elettrico.');
    paste($('#wpTextbox1'), ' [[Elettricità]]');
    person.type($('#wpSummary'), 'storia');
    person.click($('#wpSave'));
    leaving(); // the form is posted: the page goes to the saved article
    const entries = await outbox();
    expect(entries.map((e) => e.event)).toMatchObject([
      {
        kind: 'wiki.edited',
        category: 'content',
        detector: 'wikipedia-edit',
        host: 'it.wikipedia.org',
        units: { chars: 51 },
      },
    ]);
    expect(JSON.stringify(entries)).not.toContain('bollitore');
  });

  it('records an edit published from the visual editor once it closes', async () => {
    visit('https://pt.wikipedia.org/wiki/Chaleira?veaction=edit');
    loadFixture('sites/pt.wikipedia.org/wiki/Chaleira.html');
    ctx = await startDetectors([wikipediaEdit]);
    personWrites.write($('.ve-ce-documentNode'), ' Pode ser elétrica.');
    person.type($('.ve-ui-mwSaveDialog textarea'), 'fonte');
    person.click($('.ve-ui-mwSaveDialog .oo-ui-processDialog-actions-primary a'));
    $('.ve-ui-surface').remove(); // saved: the editor closes
    visit('https://pt.wikipedia.org/wiki/Chaleira');
    await settle();
    expect((await outbox()).map((e) => [e.event.kind, e.event.units])).toEqual([['wiki.edited', { chars: 24 }]]);
  });

  it('records nothing for a preview, the changes shown, an abandoned edit, or a page script', async () => {
    visit('https://it.wikipedia.org/wiki/Bollitore?action=edit');
    loadFixture('sites/it.wikipedia.org/wiki/Bollitore.html');
    sendsWithScript();
    ctx = await startDetectors([wikipediaEdit]);
    person.type($('#wpTextbox1'), 'Prova');
    person.click($('#wpPreview'));
    person.click($('#wpDiff'));
    leaving();
    ctx.abort();
    loadFixture('sites/it.wikipedia.org/wiki/Bollitore.html');
    sendsWithScript();
    ctx = await startDetectors([wikipediaEdit]);
    pageScript.type($('#wpTextbox1'), 'Vandalismo');
    person.click($('#wpSave'));
    leaving();
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
