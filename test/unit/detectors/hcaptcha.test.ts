import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import hcaptcha, { frameOf } from '@/lib/detectors/hcaptcha';
import { outbox, startDetectors } from '../support/detectors';
import { loadFixture, pageScript, person } from '../support/dom';
import { backgroundOfTab, leave, settle, visit } from '../support/frames';

const PAGE = 'https://newassets.hcaptcha.com/captcha/v1/33a3ef8/static/hcaptcha.html';
const PARAMS =
  '&id=0svkfo6zhxyb&host=forum.example-velo.fr&sentry=true&hl=fr&sitekey=4c672d35-0701-42b2-88c3-78380b0db560&theme=light&origin=https%3A%2F%2Fforum.example-velo.fr';
const CHECKBOX = `${PAGE}#frame=checkbox${PARAMS}`;
const CHALLENGE = `${PAGE}#frame=challenge${PARAMS}`;
const FORUM = 'https://forum.example-velo.fr/inscription';

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

/** What hCaptcha's script does for each page of the challenge: a new grid of nine images. */
function showGrid(): void {
  const cells = Array.from(
    { length: 9 },
    (_, i) =>
      `<div class="task-image" role="button" tabindex="0" aria-pressed="false" aria-label="Image du défi ${i + 1}"><div class="image"></div></div>`,
  );
  $('.challenge-view').innerHTML = `<div class="task-grid">${cells.join('')}</div>`;
}

function pickImage(n: number, actor = person): void {
  const cell = $(`[aria-label="Image du défi ${n}"]`);
  actor.click(cell);
  cell.setAttribute('aria-pressed', String(cell.getAttribute('aria-pressed') !== 'true'));
}

describe('hcaptcha detector', () => {
  let ctx: ContentScriptContext | undefined;
  beforeEach(() => backgroundOfTab(FORUM));
  afterEach(() => {
    ctx?.abort();
    leave();
  });

  /** The detector starts in the frame at `url`, on the page the test loaded. */
  async function startIn(url: string): Promise<void> {
    ctx?.abort();
    visit(url);
    ctx = await startDetectors([hcaptcha]);
  }

  it("runs in hCaptcha's frames and reads their part and host from the fragment", () => {
    expect(hcaptcha.matches(new URL(CHECKBOX))).toBe(true);
    expect(hcaptcha.matches(new URL('https://js.hcaptcha.com/1/api.js'))).toBe(false);
    expect(hcaptcha.matches(new URL('https://www.hcaptcha.com/pricing'))).toBe(false);
    expect(frameOf(new URL(CHECKBOX))).toEqual({ part: 'checkbox', embedder: 'forum.example-velo.fr' });
    expect(frameOf(new URL(`${PAGE}#frame=challenge&origin=https%3A%2F%2Fshop.example`))).toEqual({
      part: 'challenge',
      embedder: 'shop.example',
    });
  });

  it('records the pass with the pages of images and the images picked', async () => {
    loadFixture('sites/newassets.hcaptcha.com/captcha/v1/33a3ef8/static/hcaptcha.html');
    await startIn(CHALLENGE);
    showGrid();
    await settle();
    for (const n of [2, 6]) pickImage(n);
    person.click($('.button-submit')); // "Suivant"
    showGrid();
    await settle();
    for (const n of [1, 3, 3]) pickImage(n);
    person.press($('.button-submit'), 'Enter'); // "Vérifier", from the keyboard
    await settle();

    loadFixture('sites/newassets.hcaptcha.com/captcha/v1/33a3ef8/static/hcaptcha.html');
    await startIn(CHECKBOX);
    person.click($('#checkbox'));
    $('#checkbox').setAttribute('aria-checked', 'true');
    await settle();
    const entries = await outbox();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.event).toMatchObject({
      kind: 'captcha.solved',
      category: 'captcha',
      detector: 'hcaptcha',
      via: 'newassets.hcaptcha.com',
      units: { rounds: 2, images: 3 },
    });
  });

  it('records nothing for images picked but never sent, or a box ticked that never turns checked', async () => {
    loadFixture('sites/newassets.hcaptcha.com/captcha/v1/33a3ef8/static/hcaptcha.html');
    await startIn(CHALLENGE);
    showGrid();
    pickImage(4);
    loadFixture('sites/newassets.hcaptcha.com/captcha/v1/33a3ef8/static/hcaptcha.html');
    await startIn(CHECKBOX);
    person.click($('#checkbox'));
    await settle();
    ctx?.abort();
    expect(await outbox()).toEqual([]);
  });

  it('records nothing from a tick and a pass made up by a script', async () => {
    loadFixture('sites/newassets.hcaptcha.com/captcha/v1/33a3ef8/static/hcaptcha.html');
    await startIn(CHALLENGE);
    showGrid();
    pickImage(5, pageScript);
    pageScript.click($('.button-submit'));
    loadFixture('sites/newassets.hcaptcha.com/captcha/v1/33a3ef8/static/hcaptcha.html');
    await startIn(CHECKBOX);
    pageScript.click($('#checkbox'));
    $('#checkbox').setAttribute('aria-checked', 'true');
    await settle();
    expect(await outbox()).toEqual([]);
  });
});
